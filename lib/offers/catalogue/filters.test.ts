import { describe, expect, it } from "vitest";
import {
  catalogueHref,
  dropUnknownValues,
  EMPTY_FILTERS,
  hasActiveFilters,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  parseCatalogueFilters,
  periodRange,
  toSearchParams,
  type KnownValues,
} from "./filters";

const known: KnownValues = {
  themes: new Set([1, 2, 3]),
  publics: new Set([10, 11]),
  fieldTypes: new Set([20, 21]),
  regions: new Set(["11", "44"]),
  departments: new Map([
    ["75", "11"],
    ["93", "11"],
    ["67", "44"],
  ]),
};

describe("parseCatalogueFilters", () => {
  it("reads every filter from Next's searchParams", () => {
    const filters = parseCatalogueFilters({
      q: "  hôpital   de jour ",
      thematique: ["3", "1"],
      public: "10",
      terrain: ["21"],
      region: "11",
      departement: "93",
      mois: "2026-05",
      hebergement: "1",
      restauration: "on",
      places: "4",
      page: "2",
    });
    expect(filters).toEqual({
      q: "hôpital de jour",
      themes: [1, 3],
      publics: [10],
      fieldTypes: [21],
      region: "11",
      department: "93",
      month: "2026-05",
      from: null,
      to: null,
      housing: true,
      meals: true,
      minPlaces: 4,
      page: 2,
    });
  });

  it("reads URLSearchParams too, with repeated keys", () => {
    const filters = parseCatalogueFilters(new URLSearchParams("thematique=2&thematique=1&du=2026-03-01&au=2026-04-30"));
    expect(filters.themes).toEqual([1, 2]);
    expect(filters.from).toBe("2026-03-01");
    expect(filters.to).toBe("2026-04-30");
  });

  it("gives the defaults for an empty query string", () => {
    expect(parseCatalogueFilters({})).toEqual(EMPTY_FILTERS);
  });

  it("drops junk instead of failing", () => {
    const filters = parseCatalogueFilters({
      thematique: ["abc", "-1", "0", "1e3", "4' OR 1=1 --", "7"],
      region: "<script>",
      departement: "999999",
      mois: "2026-13",
      du: "2026-02-30",
      au: "demain",
      hebergement: "peut-être",
      places: "-3",
      page: "NaN",
      inconnu: "x",
    });
    expect(filters).toEqual({ ...EMPTY_FILTERS, themes: [7] });
  });

  it("clamps absurd numbers", () => {
    expect(parseCatalogueFilters({ page: "99999999999" }).page).toBe(MAX_PAGE);
    expect(parseCatalogueFilters({ page: "0" }).page).toBe(1);
    expect(parseCatalogueFilters({ places: "100000" }).minPlaces).toBe(200);
    expect(parseCatalogueFilters({ page: "1".repeat(40) }).page).toBe(1);
  });

  it("truncates a 5,000-character search and removes control characters", () => {
    const q = parseCatalogueFilters({ q: "é".repeat(5000) }).q;
    expect(q.length).toBe(MAX_QUERY_LENGTH);
    expect(parseCatalogueFilters({ q: "a\u0000b\u202ec\nd" }).q).toBe("a b c d");
  });

  it("never cuts an emoji in half", () => {
    const q = parseCatalogueFilters({ q: "x" + "😀".repeat(300) }).q;
    expect(q.isWellFormed()).toBe(true);
  });

  it("keeps HTML in the search as text (escaping is React's job)", () => {
    expect(parseCatalogueFilters({ q: "<script>alert(1)</script>" }).q).toBe("<script>alert(1)</script>");
  });

  it("orders a reversed date range and lets a month win over a range", () => {
    expect(parseCatalogueFilters({ du: "2026-06-30", au: "2026-06-01" })).toMatchObject({ from: "2026-06-01", to: "2026-06-30" });
    expect(parseCatalogueFilters({ mois: "2026-05", du: "2026-01-01" })).toMatchObject({ month: "2026-05", from: null });
  });

  it("takes the first value of a repeated single-value parameter", () => {
    expect(parseCatalogueFilters({ q: ["un", "deux"], region: ["44", "11"] })).toMatchObject({ q: "un", region: "44" });
  });

  it("accepts Corsican and overseas département codes", () => {
    expect(parseCatalogueFilters({ departement: "2a" }).department).toBe("2A");
    expect(parseCatalogueFilters({ departement: "971" }).department).toBe("971");
  });
});

describe("dropUnknownValues", () => {
  it("drops ids and codes the database does not know", () => {
    const filters = dropUnknownValues({ ...EMPTY_FILTERS, themes: [1, 99], publics: [11, 12], fieldTypes: [5], region: "84", department: "13" }, known);
    expect(filters).toMatchObject({ themes: [1], publics: [11], fieldTypes: [], region: null, department: null });
  });

  it("lets the région win over a département outside it", () => {
    expect(dropUnknownValues({ ...EMPTY_FILTERS, region: "44", department: "75" }, known)).toMatchObject({ region: "44", department: null });
    expect(dropUnknownValues({ ...EMPTY_FILTERS, region: "11", department: "75" }, known)).toMatchObject({ region: "11", department: "75" });
    expect(dropUnknownValues({ ...EMPTY_FILTERS, department: "67" }, known)).toMatchObject({ region: null, department: "67" });
  });
});

describe("periodRange", () => {
  it("spans a whole month, leap years included", () => {
    expect(periodRange({ month: "2028-02", from: null, to: null })).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(periodRange({ month: "2026-12", from: null, to: null })).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("keeps open ends of a date range", () => {
    expect(periodRange({ month: null, from: "2026-03-01", to: null })).toEqual({ from: "2026-03-01", to: null });
    expect(periodRange({ month: null, from: null, to: null })).toBeNull();
  });
});

describe("URLs", () => {
  it("round-trips through the canonical query string", () => {
    const filters = parseCatalogueFilters({ q: "santé & co", thematique: ["2", "1"], departement: "93", restauration: "1", page: "3" });
    const again = parseCatalogueFilters(toSearchParams(filters));
    expect(again).toEqual(filters);
    expect(catalogueHref(filters)).toBe("/offres?q=sant%C3%A9+%26+co&thematique=1&thematique=2&departement=93&restauration=1&page=3");
    expect(catalogueHref(filters, 1)).not.toContain("page=");
    expect(catalogueHref(EMPTY_FILTERS)).toBe("/offres");
  });

  it("tells whether any filter is set, the page aside", () => {
    expect(hasActiveFilters({ ...EMPTY_FILTERS, page: 4 })).toBe(false);
    expect(hasActiveFilters({ ...EMPTY_FILTERS, meals: true })).toBe(true);
  });
});
