import { asc, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { offers, offerStatusHistory, type User } from "@/db/schema";
import { getPublicOffer } from "@/lib/offers/catalogue/queries";
import { createOfferInState, createStructure, createUser } from "@/test/factories";
import { NOW, snapshotOfferTables, TODAY } from "@/test/fixtures/offers";
import { one } from "@/lib/core/rows";
import { actAs, setSession } from "@/test/session";
import { END_PAST_MESSAGE, START_REACHED_MESSAGE } from "./lifecycle";
import { PUBLICATION_ORDER_MESSAGE, PUBLICATION_PAST_MESSAGE } from "./schemas";

const cache = vi.hoisted(() => ({ expired: [] as (number | undefined)[] }));
vi.mock("@/lib/offers/catalogue/cache", () => ({ expireOfferCache: (id?: number) => cache.expired.push(id), expireOfferCacheFromJob: () => {} }));
vi.stubEnv("SSES_NOW", NOW);

const { changePublicationDatesAction } = await import("./actions");

/**
 * « Les dates sont modifiables même pendant la publication » (guide IDF, docs/produit.md#les-dates-decident): on a Validée /
 * Publiée offer, a start still to come moves, the end moves earlier (not before today) or later, without a revision; each
 * change in the history; the catalogue follows at once. TODAY is 15 May 2026.
 */
let structureId: string;
let manager: User;

async function row(offerId: number) {
  return one(await db.select().from(offers).where(eq(offers.id, offerId)));
}

async function history(offerId: number) {
  const rows = await db.select().from(offerStatusHistory).where(eq(offerStatusHistory.offerId, offerId)).orderBy(asc(offerStatusHistory.id));
  return rows.map((entry) => [entry.action, entry.fromState, entry.toState, entry.comment]);
}

beforeAll(async () => {
  structureId = (await createStructure(db)).id;
  manager = await createUser(db, { structureId, permissions: ["GESTIONNAIRE"], firstName: "Inès", lastName: "Garnier" });
});

beforeEach(() => {
  cache.expired = [];
});

describe("« Modifier les dates » of a live offer", () => {
  it("a Validée offer: its start to come moves later or to today (then Publiée at once), its end later; each change in the history", async () => {
    const offer = await createOfferInState(db, structureId, "VALIDATED", {
      authorId: manager.id,
      publicationStart: "2026-06-01",
      publicationEnd: "2026-07-31",
    });
    await actAs(manager.id);
    expect(await changePublicationDatesAction({ offerId: offer.id, publicationStart: "2026-06-15", publicationEnd: "2026-09-30" })).toEqual({
      ok: true,
      data: { state: "VALIDATED" },
    });
    expect(await row(offer.id)).toMatchObject({ publicationStart: "2026-06-15", publicationEnd: "2026-09-30", version: offer.version });
    expect(cache.expired).toContain(offer.id);

    expect(await changePublicationDatesAction({ offerId: offer.id, publicationStart: TODAY, publicationEnd: "2026-09-30" })).toEqual({
      ok: true,
      data: { state: "PUBLISHED" },
    });
    expect((await getPublicOffer(offer.id, TODAY))?.publicationStart).toBe(TODAY);
    expect(await history(offer.id)).toEqual([
      [
        "change_dates",
        "VALIDATED",
        "VALIDATED",
        "Nouvelles dates de publication : du 15 juin 2026 au 30 septembre 2026 (avant : du 1er juin 2026 au 31 juillet 2026)",
      ],
      [
        "change_dates",
        "VALIDATED",
        "PUBLISHED",
        "Nouvelles dates de publication : du 15 mai 2026 au 30 septembre 2026 (avant : du 15 juin 2026 au 30 septembre 2026)",
      ],
    ]);
  });

  it("a Publiée offer: the end moves earlier, down to today, or later; the public page follows at once", async () => {
    const offer = await createOfferInState(db, structureId, "PUBLISHED", {
      authorId: manager.id,
      publicationStart: "2026-05-01",
      publicationEnd: "2026-07-31",
    });
    await actAs(manager.id);
    expect(await changePublicationDatesAction({ offerId: offer.id, publicationStart: "2026-05-01", publicationEnd: "2026-05-31" })).toEqual({
      ok: true,
      data: { state: "PUBLISHED" },
    });
    expect((await getPublicOffer(offer.id, TODAY))?.publicationEnd).toBe("2026-05-31");
    expect(await changePublicationDatesAction({ offerId: offer.id, publicationStart: "2026-05-01", publicationEnd: TODAY })).toMatchObject({ ok: true });
    expect(await getPublicOffer(offer.id, TODAY)).not.toBeNull();
    expect(await changePublicationDatesAction({ offerId: offer.id, publicationStart: "2026-05-01", publicationEnd: "2026-12-31" })).toMatchObject({ ok: true });
    expect((await history(offer.id)).map((entry) => entry[0])).toEqual(["change_dates", "change_dates", "change_dates"]);
    expect(cache.expired.filter((id) => id === offer.id)).toHaveLength(3);
  });
});

describe("bad input: a French message next to its field, never a 500, nothing written", () => {
  it("an end before the start, an end in the past, a start already reached or moved into the past, the same dates, a malformed date", async () => {
    const published = await createOfferInState(db, structureId, "PUBLISHED", {
      authorId: manager.id,
      publicationStart: "2026-05-01",
      publicationEnd: "2026-07-31",
    });
    const validated = await createOfferInState(db, structureId, "VALIDATED", {
      authorId: manager.id,
      publicationStart: "2026-06-01",
      publicationEnd: "2026-07-31",
    });
    await actAs(manager.id);
    const before = await snapshotOfferTables();
    const cases: [number, string, string, Record<string, string[]>][] = [
      [validated.id, "2026-06-10", "2026-06-05", { publicationEnd: [PUBLICATION_ORDER_MESSAGE] }],
      [published.id, "2026-05-01", "2026-05-14", { publicationEnd: [END_PAST_MESSAGE] }],
      [published.id, "2026-05-20", "2026-07-31", { publicationStart: [START_REACHED_MESSAGE] }],
      [validated.id, "2026-05-14", "2026-07-31", { publicationStart: [PUBLICATION_PAST_MESSAGE] }],
      [validated.id, "2026-02-30", "", { publicationStart: ["Saisissez une date valide"], publicationEnd: ["Ce champ est obligatoire"] }],
    ];
    for (const [offerId, publicationStart, publicationEnd, fieldErrors] of cases)
      expect(await changePublicationDatesAction({ offerId, publicationStart, publicationEnd }), `${publicationStart} → ${publicationEnd}`).toMatchObject({
        ok: false,
        code: "INVALID",
        fieldErrors,
      });
    expect(await changePublicationDatesAction({ offerId: validated.id, publicationStart: "2026-06-01", publicationEnd: "2026-07-31" })).toEqual({
      ok: false,
      code: "INVALID",
      message: "Ces dates sont déjà celles de l'offre : rien à modifier.",
    });
    expect(await snapshotOfferTables()).toEqual(before);
  });
});

describe("who may move the dates", () => {
  it("a CONSULTATION user, another structure's manager, a logged-out call, a Caduque or draft offer: refused, nothing written", async () => {
    const offer = await createOfferInState(db, structureId, "PUBLISHED", { authorId: manager.id });
    const expired = await createOfferInState(db, structureId, "EXPIRED", { authorId: manager.id });
    const reader = await createUser(db, { structureId, permissions: ["CONSULTATION"] });
    const stranger = await createUser(db, { permissions: ["GESTIONNAIRE", "VALIDEUR"] });
    const input = { offerId: offer.id, publicationStart: "2026-05-01", publicationEnd: "2026-08-31" };
    const before = await snapshotOfferTables();
    await actAs(reader.id);
    expect(await changePublicationDatesAction(input)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs(stranger.id);
    expect(await changePublicationDatesAction(input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    setSession(null);
    expect(await changePublicationDatesAction(input)).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    await actAs(manager.id);
    expect(await changePublicationDatesAction({ ...input, offerId: expired.id, publicationStart: "2026-06-01" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: expect.stringContaining("« Renouveler »"),
    });
    expect(await snapshotOfferTables()).toEqual(before);
  });
});
