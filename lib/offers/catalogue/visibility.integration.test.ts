import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { offerAttachments, offerRevisions, offers, structures, type OfferState } from "@/db/schema";
import { addDays } from "@/lib/core/dates/paris";
import { today } from "@/lib/core/dates/clock";
import { createFile, createOffer, createStructure } from "@/test/factories";
import { EMPTY_FILTERS } from "./filters";
import { loadOfferSheet } from "../sheet/pdf/load";
import { getPublicFile, getPublicOffer, listLatestPublicOffers, listPublicOfferIds, searchPublicOffers } from "./queries";

const TODAY = "2026-05-15";

const POSITIONS = {
  "before start": { publicationStart: addDays(TODAY, 1), publicationEnd: addDays(TODAY, 30) },
  "on the start day": { publicationStart: TODAY, publicationEnd: addDays(TODAY, 30) },
  during: { publicationStart: addDays(TODAY, -5), publicationEnd: addDays(TODAY, 5) },
  "on the end day": { publicationStart: addDays(TODAY, -30), publicationEnd: TODAY },
  "after the end": { publicationStart: addDays(TODAY, -30), publicationEnd: addDays(TODAY, -1) },
} as const;

const STATES: OfferState[] = ["DRAFT", "PENDING", "VALIDATED", "PUBLISHED", "EXPIRED"];
const VISIBLE_POSITIONS = new Set(["on the start day", "during", "on the end day"]);

async function isListed(id: number, day: string): Promise<boolean> {
  const all = await searchPublicOffers({ ...EMPTY_FILTERS, q: `repere${id}` }, day);
  const latest = await listLatestPublicOffers(day, 1000);
  const sitemap = await listPublicOfferIds(day);
  const inList = all.cards.some((c) => c.id === id);
  // The listing, the home page and the sitemap must agree with each other.
  expect(latest.some((c) => c.id === id)).toBe(inList);
  expect(sitemap.some((c) => c.id === id)).toBe(inList);
  return inList;
}

/** A word that only this offer holds, so that the listing check does not depend on paging. */
async function tagForSearch(id: number) {
  await db
    .update(offers)
    .set({ hostSiteName: `repere${id}` })
    .where(eq(offers.id, id));
}

describe("public visibility: state × publication dates (Paris days)", () => {
  const cases = STATES.flatMap((state) => Object.keys(POSITIONS).map((position) => ({ state, position: position as keyof typeof POSITIONS })));

  it.each(cases)("$state, $position", async ({ state, position }) => {
    const structure = await createStructure(db);
    const offer = await createOffer(db, { structureId: structure.id, state, ...POSITIONS[position] });
    await tagForSearch(offer.id);
    const expected = (state === "VALIDATED" || state === "PUBLISHED") && VISIBLE_POSITIONS.has(position);

    expect(await isListed(offer.id, TODAY)).toBe(expected);
    expect((await getPublicOffer(offer.id, TODAY)) !== null).toBe(expected);
    expect((await loadOfferSheet(offer.id, TODAY)) !== null).toBe(expected);
  });
});

describe("public visibility: what else hides an offer", () => {
  it("a soft-deleted published offer is hidden", async () => {
    const offer = await createOffer(db, { deletedAt: new Date() });
    await tagForSearch(offer.id);
    expect(await isListed(offer.id, TODAY)).toBe(false);
    expect(await getPublicOffer(offer.id, TODAY)).toBeNull();
  });

  it("a frozen structure's offers leave the catalogue, and come back when unfrozen", async () => {
    const structure = await createStructure(db, { frozenAt: new Date() });
    const offer = await createOffer(db, { structureId: structure.id });
    await tagForSearch(offer.id);
    expect(await isListed(offer.id, TODAY)).toBe(false);
    expect(await getPublicOffer(offer.id, TODAY)).toBeNull();
    await db.update(structures).set({ frozenAt: null }).where(eq(structures.id, structure.id));
    expect(await isListed(offer.id, TODAY)).toBe(true);
  });

  it("a pending revision never shows: the public keeps the published content", async () => {
    const offer = await createOffer(db, { name: "Atelier sommeil des adolescents" });
    await db.insert(offerRevisions).values({
      offerId: offer.id,
      state: "PENDING",
      content: { name: "Contenu révisé confidentiel", description: "Nouvelle version non validée", regionCode: "11" },
    });
    const shown = await getPublicOffer(offer.id, TODAY);
    expect(shown?.name).toBe("Atelier sommeil des adolescents");
    const search = await searchPublicOffers({ ...EMPTY_FILTERS, q: "confidentiel" }, TODAY);
    expect(search.cards.map((c) => c.id)).not.toContain(offer.id);
  });

  it("a stored state that lags behind the cron: the dates decide", async () => {
    // Still « Validée » in the table on its start day (cron late): public.
    const started = await createOffer(db, { state: "VALIDATED", publicationStart: TODAY });
    // Still « Publiée » the day after its end (cron late): not public.
    const ended = await createOffer(db, { state: "PUBLISHED", publicationEnd: addDays(TODAY, -1), publicationStart: addDays(TODAY, -9) });
    expect(await getPublicOffer(started.id, TODAY)).not.toBeNull();
    expect(await getPublicOffer(ended.id, TODAY)).toBeNull();
  });

  it("garbage ids answer null, never an error", async () => {
    expect(await getPublicOffer(0, TODAY)).toBeNull();
    expect(await getPublicOffer(99_999_999_999, TODAY)).toBeNull();
    expect(await getPublicOffer(Number.NaN, TODAY)).toBeNull();
    expect(await getPublicFile("not-a-uuid", TODAY)).toBeNull();
    expect(await getPublicFile("00000000-0000-0000-0000-000000000000", TODAY)).toBeNull();
  });
});

describe("the Paris day, not the UTC one", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it("at 23:30 UTC on 30 June it is already 1 July in Paris", async () => {
    vi.stubEnv("SSES_NOW", "2026-06-30T23:30:00Z");
    expect(today()).toBe("2026-07-01");
    const startsToday = await createOffer(db, { publicationStart: "2026-07-01", publicationEnd: "2026-07-31" });
    const endedYesterday = await createOffer(db, { publicationStart: "2026-06-01", publicationEnd: "2026-06-30" });
    expect(await getPublicOffer(startsToday.id, today())).not.toBeNull();
    expect(await getPublicOffer(endedYesterday.id, today())).toBeNull();
    // One hour earlier, 30 June in Paris too: the reverse.
    vi.stubEnv("SSES_NOW", "2026-06-30T21:30:00Z");
    expect(await getPublicOffer(startsToday.id, today())).toBeNull();
    expect(await getPublicOffer(endedYesterday.id, today())).not.toBeNull();
  });

  it("in winter, 23:30 UTC on 31 December is 1 January in Paris", async () => {
    vi.stubEnv("SSES_NOW", "2026-12-31T23:30:00Z");
    const offer = await createOffer(db, { publicationStart: "2027-01-01", publicationEnd: "2027-02-01" });
    expect(await getPublicOffer(offer.id, today())).not.toBeNull();
  });
});

describe("files served to the public", () => {
  async function storeFile(name: string) {
    return createFile(db, { name, content: Buffer.from("%PDF-1.4") });
  }

  it("an attachment follows its offer's visibility; a structure logo is public; other files are not", async () => {
    const attachment = await storeFile("plan-d-acces.pdf");
    const hiddenAttachment = await storeFile("brouillon.pdf");
    const logo = await storeFile("logo.png");
    const orphan = await storeFile("formulaire-assistance.pdf");
    const structure = await createStructure(db, { logoFileId: logo.id });
    const published = await createOffer(db, { structureId: structure.id });
    const draft = await createOffer(db, { structureId: structure.id, state: "DRAFT" });
    await db.insert(offerAttachments).values([
      { offerId: published.id, fileId: attachment.id },
      { offerId: draft.id, fileId: hiddenAttachment.id },
    ]);

    expect((await getPublicFile(attachment.id, TODAY))?.name).toBe("plan-d-acces.pdf");
    expect((await getPublicFile(logo.id, TODAY))?.name).toBe("logo.png");
    expect(await getPublicFile(hiddenAttachment.id, TODAY)).toBeNull();
    expect(await getPublicFile(orphan.id, TODAY)).toBeNull();
    // After its end the attachment goes with the offer.
    expect(await getPublicFile(attachment.id, addDays(TODAY, 365))).toBeNull();

    const shown = await getPublicOffer(published.id, TODAY);
    expect(shown?.attachments.map((a) => a.name)).toEqual(["plan-d-acces.pdf"]);
    expect(shown?.structure.logoFileId).toBe(logo.id);
  });

  it("a deleted offer's attachment is not served", async () => {
    const attachment = await storeFile("ancien.pdf");
    const offer = await createOffer(db);
    await db.insert(offerAttachments).values({ offerId: offer.id, fileId: attachment.id });
    await db.update(offers).set({ deletedAt: new Date() }).where(eq(offers.id, offer.id));
    expect(await getPublicFile(attachment.id, TODAY)).toBeNull();
  });
});
