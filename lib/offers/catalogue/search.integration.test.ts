import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { addDays } from "@/lib/core/dates/paris";
import { createOffer, createStructure, referenceId } from "@/test/factories";
import { EMPTY_FILTERS, PAGE_SIZE, parseCatalogueFilters, type CatalogueFilters } from "./filters";
import { listCatalogueReferences, searchPublicOffers } from "./queries";

const TODAY = "2026-05-15";
let ids: Record<string, number> = {};
let theme: { nutrition: number; sleep: number; screens: number };
let publics: { pupils: number; elderly: number };
let fieldTypes: { school: number; association: number };

async function search(filters: Partial<CatalogueFilters>): Promise<string[]> {
  const result = await searchPublicOffers({ ...EMPTY_FILTERS, ...filters }, TODAY);
  const names = Object.fromEntries(Object.entries(ids).map(([key, id]) => [id, key]));
  return result.cards.map((card) => names[card.id]).filter((name): name is string => Boolean(name));
}

beforeAll(async () => {
  theme = {
    nutrition: await referenceId(db, "THEME", "Alimentation / nutrition"),
    sleep: await referenceId(db, "THEME", "Sommeil"),
    screens: await referenceId(db, "THEME", "Addictions (tabac, alcool, cannabis, écrans)"),
  };
  publics = { pupils: await referenceId(db, "TARGET_PUBLIC", "Élèves d'élémentaire"), elderly: await referenceId(db, "TARGET_PUBLIC", "Personnes âgées") };
  fieldTypes = {
    school: await referenceId(db, "FIELD_TYPE", "Établissement scolaire"),
    association: await referenceId(db, "FIELD_TYPE", "Structure associative"),
  };
  const idf = await createStructure(db, { name: "Ville de Saint-Denis" });
  const grandEst = await createStructure(db, { name: "Association Alsace Santé", regionCode: "44", departmentCode: "67" });

  const hospital = await createOffer(db, {
    structureId: idf.id,
    name: "Hygiène des mains dans les hôpitaux de jour",
    description: "Sensibiliser les patients à l'hygiène des mains.",
    themeIds: [theme.nutrition],
    targetPublicIds: [publics.elderly],
    fieldTypeId: fieldTypes.association,
    places: 10,
    periodStart: "2026-05-01",
    periodEnd: "2026-05-31",
    offersHousing: true,
    offersMeals: true,
    publicationStart: addDays(TODAY, -3),
  });
  const school = await createOffer(db, {
    structureId: idf.id,
    name: "Le sommeil des écoliers",
    description: "Ateliers sur le sommeil et les écrans avec les élèves de CM2 à l'école Jean Jaurès.",
    themeIds: [theme.sleep, theme.screens],
    targetPublicIds: [publics.pupils],
    fieldTypeId: fieldTypes.school,
    places: 3,
    hostSiteName: "Groupe scolaire Pasteur",
    departmentCode: "75",
    communeName: "Paris",
    periodStart: "2026-09-01",
    periodEnd: "2026-12-18",
    publicationStart: addDays(TODAY, -1),
  });
  const alsace = await createOffer(db, {
    structureId: grandEst.id,
    name: "Alimentation équilibrée en EHPAD",
    description: "Prévention de la dénutrition chez les personnes âgées, hôpital de Strasbourg.",
    themeIds: [theme.nutrition],
    targetPublicIds: [publics.elderly],
    fieldTypeId: fieldTypes.association,
    places: 6,
    regionCode: "44",
    departmentCode: "67",
    communeName: "Strasbourg",
    periodStart: null,
    periodEnd: null,
    offersMeals: true,
    publicationStart: addDays(TODAY, -10),
  });
  const hiddenDraft = await createOffer(db, { structureId: idf.id, state: "DRAFT", name: "Hôpital brouillon" });
  ids = { hospital: hospital.id, school: school.id, alsace: alsace.id, hiddenDraft: hiddenDraft.id };
});

describe("French full-text search", () => {
  it("lists the most recently published first without a search", async () => {
    expect(await search({})).toEqual(["school", "hospital", "alsace"]);
  });

  it("ignores accents and case, and stems: « hôpital » finds « hôpitaux », « HOPITAL » too", async () => {
    expect(await search({ q: "hôpital" })).toEqual(expect.arrayContaining(["hospital", "alsace"]));
    expect((await search({ q: "HOPITAL" })).sort()).toEqual((await search({ q: "hôpital" })).sort());
    expect(await search({ q: "hopitaux" })).toEqual(expect.arrayContaining(["hospital", "alsace"]));
    expect(await search({ q: "hôpital" })).not.toContain("hiddenDraft");
  });

  it("finds words of the description, the host site and the commune", async () => {
    expect(await search({ q: "ecran" })).toEqual(["school"]);
    expect(await search({ q: "strasbourg" })).toEqual(["alsace"]);
    expect(await search({ q: "PASTEUR" })).toEqual(["school"]);
  });

  it("ranks a match in the name above a match in the description", async () => {
    expect(await search({ q: "hôpitaux" })).toEqual(["hospital", "alsace"]);
  });

  it("understands web-search syntax without ever failing", async () => {
    expect(await search({ q: '"hygiène des mains"' })).toEqual(["hospital"]);
    expect(await search({ q: "hôpital -Strasbourg" })).toEqual(["hospital"]);
    for (const q of ["'; drop table offers; --", "<script>alert(1)</script>", "&|!():*", "le la les", "\\", '"""', "or or or"]) {
      const result = await searchPublicOffers({ ...EMPTY_FILTERS, q }, TODAY);
      expect(result.total).toBeGreaterThanOrEqual(0);
    }
  });

  it("handles the longest query the parser lets through", async () => {
    const filters = parseCatalogueFilters({ q: "hôpital ".repeat(1000) });
    const result = await searchPublicOffers(filters, TODAY);
    expect(result.total).toBeGreaterThan(0);
  });
});

describe("filters", () => {
  it("thématique: any of the chosen ones", async () => {
    expect((await search({ themes: [theme.nutrition] })).sort()).toEqual(["alsace", "hospital"]);
    expect((await search({ themes: [theme.screens, theme.nutrition] })).sort()).toEqual(["alsace", "hospital", "school"]);
  });

  it("public cible", async () => {
    expect(await search({ publics: [publics.pupils] })).toEqual(["school"]);
  });

  it("type de terrain", async () => {
    expect(await search({ fieldTypes: [fieldTypes.school] })).toEqual(["school"]);
    expect((await search({ fieldTypes: [fieldTypes.association] })).sort()).toEqual(["alsace", "hospital"]);
  });

  it("région and département", async () => {
    expect(await search({ region: "44" })).toEqual(["alsace"]);
    expect((await search({ region: "11" })).sort()).toEqual(["hospital", "school"]);
    expect(await search({ department: "75" })).toEqual(["school"]);
  });

  it("period: overlap with a month or a range; an offer without a period is always available", async () => {
    expect((await search({ month: "2026-05" })).sort()).toEqual(["alsace", "hospital"]);
    expect((await search({ month: "2026-10" })).sort()).toEqual(["alsace", "school"]);
    expect((await search({ from: "2026-05-31", to: "2026-09-01" })).sort()).toEqual(["alsace", "hospital", "school"]);
    expect((await search({ from: "2026-06-01", to: "2026-08-31" })).sort()).toEqual(["alsace"]);
    expect((await search({ from: "2026-12-18" })).sort()).toEqual(["alsace", "school"]);
    expect((await search({ to: "2026-04-30" })).sort()).toEqual(["alsace"]);
  });

  it("options and minimum number of places", async () => {
    expect(await search({ housing: true })).toEqual(["hospital"]);
    expect((await search({ meals: true })).sort()).toEqual(["alsace", "hospital"]);
    expect((await search({ minPlaces: 6 })).sort()).toEqual(["alsace", "hospital"]);
    expect(await search({ minPlaces: 11 })).toEqual([]);
  });

  it("combined filters all apply", async () => {
    expect(await search({ q: "hôpital", region: "11", meals: true, themes: [theme.nutrition] })).toEqual(["hospital"]);
    expect(await search({ q: "sommeil", region: "44" })).toEqual([]);
  });

  it("offers the active reference items as filter options", async () => {
    const references = await listCatalogueReferences();
    expect(references.themes.map((t) => t.label)).toContain("Sommeil");
    expect(references.publics.length).toBeGreaterThan(3);
    expect(references.fieldTypes.map((t) => t.id)).toContain(fieldTypes.school);
  });
});

describe("paging", () => {
  it("gives 20 a page, the total, and the last page for a page past the end", async () => {
    const structure = await createStructure(db, { regionCode: "84", departmentCode: "69" });
    for (let i = 0; i < 45; i++) {
      await createOffer(db, {
        structureId: structure.id,
        regionCode: "84",
        departmentCode: "69",
        name: `Offre lyonnaise ${i}`,
        publicationStart: addDays(TODAY, -(i % 9)),
      });
    }
    const first = await searchPublicOffers({ ...EMPTY_FILTERS, region: "84" }, TODAY);
    expect(first).toMatchObject({ total: 45, page: 1, pageCount: 3 });
    expect(first.cards).toHaveLength(PAGE_SIZE);
    const third = await searchPublicOffers({ ...EMPTY_FILTERS, region: "84", page: 3 }, TODAY);
    expect(third.cards).toHaveLength(5);
    const beyond = await searchPublicOffers({ ...EMPTY_FILTERS, region: "84", page: 9999 }, TODAY);
    expect(beyond).toMatchObject({ page: 3, pageCount: 3 });
    expect(beyond.cards.map((c) => c.id)).toEqual(third.cards.map((c) => c.id));

    // Stable order across pages: no offer twice, none missing.
    const second = await searchPublicOffers({ ...EMPTY_FILTERS, region: "84", page: 2 }, TODAY);
    const all = [...first.cards, ...second.cards, ...third.cards].map((c) => c.id);
    expect(new Set(all).size).toBe(45);
    const starts = [...first.cards, ...second.cards, ...third.cards].map((c) => c.publicationStart);
    expect([...starts].sort().reverse()).toEqual(starts);
  });

  it("an empty result is one page with nothing on it", async () => {
    expect(await searchPublicOffers({ ...EMPTY_FILTERS, q: "xylophone", page: 5 }, TODAY)).toEqual({ cards: [], total: 0, page: 1, pageCount: 1 });
  });
});
