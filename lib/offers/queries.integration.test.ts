import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activityLog, offerRevisions } from "@/db/schema";
import { createOfferInState, createStructure, referenceId } from "@/test/factories";
import { contentOf } from "./content";
import { EMPTY_SPACE_FILTERS } from "./filters";
import type { SpaceOfferSort } from "./filters";
import { countWaitingForValidation, exportStructureOffers, getStructureOffer, listStructureActivity, listStructureOffers } from "./queries";
import { nth } from "@/lib/core/rows";

describe("« Offres » of a structure", () => {
  it("shows its own offers only, 20 a page, waiting ones first for a VALIDEUR", async () => {
    const structure = await createStructure(db);
    const other = await createStructure(db);
    const ids: number[] = [];
    for (let i = 0; i < 23; i++) ids.push((await createOfferInState(db, structure.id, i === 3 ? "PENDING" : "PUBLISHED", { name: `Offre ${i}` })).id);
    const withRevision = await createOfferInState(db, structure.id, "PUBLISHED", { name: "Révisée" });
    await db.insert(offerRevisions).values({ offerId: withRevision.id, state: "PENDING", content: contentOf(withRevision) });
    await createOfferInState(db, other.id, "PENDING", { name: "Ailleurs" });
    await createOfferInState(db, structure.id, "DRAFT", { name: "Supprimée", deletedAt: new Date() });

    const first = await listStructureOffers(structure.id, EMPTY_SPACE_FILTERS);
    expect(first.total).toBe(24);
    expect(first.pageCount).toBe(2);
    expect(first.rows).toHaveLength(20);
    expect(nth(first.rows, 0).id).toBe(withRevision.id);
    expect(first.rows.map((r) => r.name)).not.toContain("Ailleurs");

    const waitingFirst = await listStructureOffers(structure.id, EMPTY_SPACE_FILTERS, { waitingFirst: true });
    expect(
      waitingFirst.rows
        .slice(0, 2)
        .map((r) => r.id)
        .sort(),
    ).toEqual([ids[3], withRevision.id].sort());
    expect(waitingFirst.rows.find((r) => r.id === withRevision.id)?.revisionState).toBe("PENDING");

    // Past the end: the last page.
    const late = await listStructureOffers(structure.id, { ...EMPTY_SPACE_FILTERS, page: 99 });
    expect(late.page).toBe(2);
    expect(late.rows).toHaveLength(4);
  });

  it("sorts by publication dates, last modification or name, the export in the same order", async () => {
    const structure = await createStructure(db);
    const early = await createOfferInState(db, structure.id, "PUBLISHED", {
      name: "Écrans et sommeil",
      publicationStart: "2026-05-01",
      updatedAt: new Date("2026-05-10T08:00:00Z"),
    });
    const late = await createOfferInState(db, structure.id, "VALIDATED", {
      name: "atelier tabac",
      publicationStart: "2026-06-01",
      updatedAt: new Date("2026-05-02T08:00:00Z"),
    });
    const draft = await createOfferInState(db, structure.id, "DRAFT", {
      name: "Brossage des dents",
      publicationStart: null,
      publicationEnd: null,
      updatedAt: new Date("2026-05-12T08:00:00Z"),
    });
    const order = async (sort: SpaceOfferSort) =>
      (await listStructureOffers(structure.id, { ...EMPTY_SPACE_FILTERS, sort }, { waitingFirst: true })).rows.map((r) => r.id);
    expect(await order("recent")).toEqual([draft.id, late.id, early.id]);
    expect(await order("publication")).toEqual([late.id, early.id, draft.id]);
    expect(await order("modification")).toEqual([draft.id, early.id, late.id]);
    // French order, case and accents aside: « atelier », « Brossage », « Écrans ».
    expect(await order("nom")).toEqual([late.id, draft.id, early.id]);
    expect((await exportStructureOffers(structure.id, { ...EMPTY_SPACE_FILTERS, sort: "nom" })).map((r) => r.id)).toEqual([late.id, draft.id, early.id]);
    expect((await listStructureOffers(structure.id, EMPTY_SPACE_FILTERS)).rows.map((r) => r.places)).toEqual([4, 4, 4]);
  });

  it("filters by name (or number), state, dates, host site, département and thématique; `%` is a letter", async () => {
    const structure = await createStructure(db);
    const sleep = await referenceId(db, "THEME", "Sommeil");
    const a = await createOfferInState(db, structure.id, "PUBLISHED", {
      name: "Atelier sommeil 100%",
      themeIds: [sleep],
      hostSiteName: "Collège Jean Moulin",
      departmentCode: "93",
    });
    const b = await createOfferInState(db, structure.id, "VALIDATED", { name: "Atelier écrans", hostSiteName: "École Jaurès", departmentCode: "75" });
    const names = async (filters: Partial<typeof EMPTY_SPACE_FILTERS>) =>
      (await listStructureOffers(structure.id, { ...EMPTY_SPACE_FILTERS, ...filters })).rows.map((r) => r.id);
    expect(await names({ name: "SOMMEIL" })).toEqual([a.id]);
    expect(await names({ name: String(b.id) })).toEqual([b.id]);
    expect(await names({ name: "0%" })).toEqual([a.id]);
    expect(await names({ name: "%" })).toEqual([a.id]);
    expect(await names({ state: "VALIDATED" })).toEqual([b.id]);
    expect(await names({ after: "2026-05-20" })).toEqual([b.id]);
    expect(await names({ before: "2026-07-31" })).toEqual([b.id, a.id]);
    expect(await names({ hostSite: "moulin" })).toEqual([a.id]);
    expect(await names({ department: "75" })).toEqual([b.id]);
    expect(await names({ themeId: sleep })).toEqual([a.id]);
    expect((await exportStructureOffers(structure.id, { ...EMPTY_SPACE_FILTERS, themeId: sleep })).map((r) => r.themeLabels)).toEqual([["Sommeil"]]);
  });

  it("an offer of another structure, a deleted one or a junk id is null", async () => {
    const structure = await createStructure(db);
    const mine = await createOfferInState(db, structure.id, "DRAFT");
    const foreign = await createOfferInState(db, (await createStructure(db)).id, "DRAFT");
    const deleted = await createOfferInState(db, structure.id, "DRAFT", { deletedAt: new Date() });
    expect((await getStructureOffer(structure.id, mine.id))?.offer.id).toBe(mine.id);
    expect(await getStructureOffer(structure.id, foreign.id)).toBeNull();
    expect(await getStructureOffer(structure.id, deleted.id)).toBeNull();
    expect(await getStructureOffer(structure.id, 2 ** 40)).toBeNull();
  });
});

describe("« Activité »", () => {
  it("counts what waits for a VALIDEUR, offers and modifications of published offers apart", async () => {
    const structure = await createStructure(db);
    await createOfferInState(db, structure.id, "PENDING");
    await createOfferInState(db, structure.id, "PENDING");
    const live = await createOfferInState(db, structure.id, "PUBLISHED");
    await db.insert(offerRevisions).values({ offerId: live.id, state: "PENDING", content: contentOf(live) });
    await createOfferInState(db, structure.id, "PENDING", { deletedAt: new Date() });
    await createOfferInState(db, (await createStructure(db)).id, "PENDING");
    expect(await countWaitingForValidation(structure.id)).toEqual({ offers: 2, revisions: 1 });
  });

  it("says which offers of the recent activity have since been deleted (their page is gone)", async () => {
    const structure = await createStructure(db);
    const kept = await createOfferInState(db, structure.id, "PUBLISHED");
    const deleted = await createOfferInState(db, structure.id, "DRAFT", { deletedAt: new Date() });
    const entry = (subjectId: string, subjectType = "offer") => ({
      structureId: structure.id,
      regionCode: "11",
      action: "offer.created",
      subjectType,
      subjectId,
      summary: `Sujet ${subjectId}`,
    });
    await db.insert(activityLog).values([entry(String(kept.id)), entry(String(deleted.id)), entry(structure.id, "structure")]);
    const activity = await listStructureActivity(structure.id);
    expect(activity.map((a) => [a.offerId, a.offerDeleted]).sort()).toEqual(
      [
        [kept.id, false],
        [deleted.id, true],
        [null, false],
      ].sort(),
    );
  });
});
