import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { updateTag } from "next/cache";
import { db } from "@/db/client";
import { activityLog, availabilityPeriods, offerRevisions, offers, referenceItems } from "@/db/schema";
import { createInstitution, createOffer, createStructure, createUser } from "@/test/factories";
import { actAs, setSession } from "@/test/session";
import { contentOf } from "@/lib/offers/content";

const actions = await import("./actions");
const { listReferenceItems } = await import("./queries");
const { listCatalogueReferences, getPublicOffer } = await import("@/lib/offers/catalogue/queries");
const { listOfferReferenceOptions, referenceIdsOf } = await import("@/lib/offers/references");
const { listReferenceOptions } = await import("@/lib/availability/queries");

const TODAY = "2026-05-15";
let counter = 0;
/** The cache tags the actions expired since the last beforeEach (next/cache is a spy, test/setup-mocks.ts). */
const expiredTags = () => vi.mocked(updateTag).mock.calls.map(([tag]) => tag);
const unique = (label: string) => `${label} ${++counter}-${Date.now() % 100000}`;

beforeEach(async () => {
  await actAs((await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" })).id);
  vi.mocked(updateTag).mockClear();
});

async function add(kind: "THEME" | "DISCIPLINE" | "OFFERER_TYPE", label: string): Promise<number> {
  const result = await actions.addReferenceItemAction({ kind, label });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}
const itemRow = async (id: number) => (await db.select().from(referenceItems).where(eq(referenceItems.id, id)))[0];

describe("reference lists: add, rename, reorder", () => {
  it("adds a trimmed label at the end of its list, refuses a duplicate whatever its case, and expires the catalogue cache", async () => {
    const label = unique("Écrans et sommeil");
    const id = await add("THEME", `   ${label}  `);
    const themes = await listReferenceItems("THEME");
    expect(themes.at(-1)).toMatchObject({ id, label, isActive: true, usage: 0 });
    expect(expiredTags()).toContain("offers");

    for (const duplicate of [label.toUpperCase(), ` ${label.toLowerCase()} `, "Vaccination", "vaccination"]) {
      const result = await actions.addReferenceItemAction({ kind: "THEME", label: duplicate });
      expect(result).toMatchObject({ ok: false, fieldErrors: { label: ["Cet intitulé existe déjà dans cette liste"] } });
    }
    // The same label in another list is another item.
    expect((await actions.addReferenceItemAction({ kind: "DISCIPLINE", label })).ok).toBe(true);
    expect(await actions.addReferenceItemAction({ kind: "THEME", label: "   " })).toMatchObject({
      ok: false,
      fieldErrors: { label: ["Ce champ est obligatoire"] },
    });
    expect(await actions.addReferenceItemAction({ kind: "NOPE" as "THEME", label: "x" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await db.$count(activityLog, and(eq(activityLog.subjectId, String(id)), eq(activityLog.action, "reference.added")))).toBe(1);
  });

  it("renames an item: the offers that use it show the new label; a clash with another item is refused", async () => {
    const id = await add("THEME", unique("Nutrition"));
    const offer = await createOffer(db, { themeIds: [id], today: TODAY });
    const renamed = unique("Alimentation des adolescents");
    expect(await actions.renameReferenceItemAction({ itemId: id, label: renamed })).toMatchObject({ ok: true });
    expect((await getPublicOffer(offer.id, TODAY))?.themeLabels).toEqual([renamed]);
    // Changing only the case of its own label is allowed.
    expect(await actions.renameReferenceItemAction({ itemId: id, label: renamed.toUpperCase() })).toMatchObject({ ok: true });
    expect(await actions.renameReferenceItemAction({ itemId: id, label: "sommeil" })).toMatchObject({
      ok: false,
      fieldErrors: { label: ["Cet intitulé existe déjà dans cette liste"] },
    });
    expect((await itemRow(id))?.label).toBe(renamed.toUpperCase());
    expect(await actions.renameReferenceItemAction({ itemId: 999999, label: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("moves items up and down within their list only, positions 1…n", async () => {
    const a = await add("DISCIPLINE", unique("Audioprothèse"));
    const b = await add("DISCIPLINE", unique("Ergothérapie"));
    const ids = async () => (await listReferenceItems("DISCIPLINE")).map((item) => item.id);
    const before = await ids();
    expect(before.slice(-2)).toEqual([a, b]);
    expect(await actions.moveReferenceItemAction({ itemId: b, direction: "up" })).toMatchObject({ ok: true });
    expect((await ids()).slice(-2)).toEqual([b, a]);
    expect(await actions.moveReferenceItemAction({ itemId: a, direction: "down" })).toMatchObject({ ok: true });
    expect((await ids()).slice(-2)).toEqual([b, a]);
    const first = before[0];
    expect(await actions.moveReferenceItemAction({ itemId: first, direction: "up" })).toMatchObject({ ok: true });
    expect((await ids())[0]).toBe(first);
    expect((await listReferenceItems("DISCIPLINE")).map((item) => item.position)).toEqual(before.map((_, i) => i + 1));
    expect(await actions.moveReferenceItemAction({ itemId: a, direction: "sideways" as "up" })).toMatchObject({ ok: false, code: "INVALID" });
  });
});

describe("reference lists: deactivate, reactivate, delete", () => {
  it("an inactive thématique leaves the offer form and the catalogue filters, and stays on the offers that use it", async () => {
    const id = await add("THEME", unique("Santé au travail"));
    const offer = await createOffer(db, { themeIds: [id], today: TODAY });
    expect(await actions.deactivateReferenceItemAction({ itemId: id })).toMatchObject({ ok: true });
    expect(expiredTags()).toContain("offers");

    expect((await listOfferReferenceOptions()).themes.map((t) => t.id)).not.toContain(id);
    expect((await listCatalogueReferences()).themes.find((t) => t.id === id)).toMatchObject({ isActive: false });
    expect((await getPublicOffer(offer.id, TODAY))?.themeLabels).toEqual([(await itemRow(id))?.label]);
    // The offer's own wizard still lists (and keeps ticked) what it already had.
    expect((await listOfferReferenceOptions(referenceIdsOf(offer))).themes.map((t) => t.id)).toContain(id);
    expect((await listReferenceItems("THEME")).find((t) => t.id === id)).toMatchObject({ isActive: false, usage: 1 });

    expect(await actions.reactivateReferenceItemAction({ itemId: id })).toMatchObject({ ok: true });
    expect((await listOfferReferenceOptions()).themes.map((t) => t.id)).toContain(id);
  });

  it("an inactive discipline leaves the availability form", async () => {
    const id = await add("DISCIPLINE", unique("Psychomotricité"));
    expect((await listReferenceOptions("DISCIPLINE")).map((o) => o.value)).toContain(String(id));
    await actions.deactivateReferenceItemAction({ itemId: id });
    expect((await listReferenceOptions("DISCIPLINE")).map((o) => o.value)).not.toContain(String(id));
  });

  it("deletes an unused item, never a used one (offers, deleted offers, revisions, structures, periods)", async () => {
    const unused = await add("THEME", unique("Inutilisée"));
    expect(await actions.deleteReferenceItemAction({ itemId: unused })).toMatchObject({ ok: true });
    expect(await itemRow(unused)).toBeUndefined();

    const onOffer = await add("THEME", unique("Sur une offre"));
    const offer = await createOffer(db, { themeIds: [onOffer], today: TODAY });
    const onDeleted = await add("THEME", unique("Sur une offre supprimée"));
    await createOffer(db, { themeIds: [onDeleted], deletedAt: new Date(), today: TODAY });
    const onRevision = await add("THEME", unique("Dans une modification"));
    await db.insert(offerRevisions).values({ offerId: offer.id, state: "PENDING", content: { ...contentOf(offer), themeIds: [onRevision] } });
    const offererType = await add("OFFERER_TYPE", unique("Mutuelle"));
    await createStructure(db, { offererTypeId: offererType });
    const discipline = await add("DISCIPLINE", unique("Orthophonie"));
    const institution = await createInstitution(db, { regionCode: "44", departmentCode: "67" });
    await db
      .insert(availabilityPeriods)
      .values({ institutionId: institution.id, regionCode: "44", disciplineId: discipline, studentCount: 10, startDate: "2026-06-01", endDate: "2026-06-30" });

    for (const itemId of [onOffer, onDeleted, onRevision, offererType, discipline]) {
      const result = await actions.deleteReferenceItemAction({ itemId });
      expect(result).toMatchObject({ ok: false, code: "CONFLICT" });
      expect(await itemRow(itemId)).toBeDefined();
    }
    expect((await listReferenceItems("OFFERER_TYPE")).find((t) => t.id === offererType)?.usage).toBe(1);
    expect((await listReferenceItems("DISCIPLINE")).find((t) => t.id === discipline)?.usage).toBe(1);
    expect(await db.$count(offers, eq(offers.id, offer.id))).toBe(1);
  });

  it("refuses non-admins and logged-out callers", async () => {
    const id = await add("THEME", unique("Protégée"));
    const before = await itemRow(id);
    const offerer = await createUser(db, { kind: "OFFERER", permissions: ["ADMIN", "VALIDEUR", "GESTIONNAIRE"] });
    const institution = await createUser(db, { kind: "INSTITUTION" });
    for (const who of [offerer, institution, null]) {
      if (who) await actAs(who.id);
      else setSession(null);
      const attempts = [
        await actions.addReferenceItemAction({ kind: "THEME", label: unique("Intrus") }),
        await actions.renameReferenceItemAction({ itemId: id, label: "Piraté" }),
        await actions.moveReferenceItemAction({ itemId: id, direction: "up" }),
        await actions.deactivateReferenceItemAction({ itemId: id }),
        await actions.deleteReferenceItemAction({ itemId: id }),
      ];
      for (const result of attempts) expect(result).toMatchObject({ ok: false, code: who ? "FORBIDDEN" : "UNAUTHENTICATED" });
    }
    expect(await itemRow(id)).toEqual(before);
    expect(await db.$count(referenceItems, eq(referenceItems.label, "Piraté"))).toBe(0);
  });
});
