import { describe, expect, it } from "vitest";
import { EMPTY_FILTERS } from "@/lib/offers/catalogue/filters";
import { adminOffersHref, DEFAULT_STATES, effectiveStates, hasActiveAdminFilters, parseAdminOfferFilters } from "./filters";

const STRUCTURE = "0b6c8f9e-3f1a-4c2b-9d7e-5a4b3c2d1e0f";

describe("parseAdminOfferFilters", () => {
  it("reads the catalogue's parameters with the catalogue's parser, plus état, structure and the bin", () => {
    const filters = parseAdminOfferFilters({
      q: "  sommeil ",
      thematique: ["4", "2"],
      departement: "93",
      mois: "2026-10",
      hebergement: "1",
      places: "3",
      etat: ["publiee", "en-attente"],
      structure: STRUCTURE.toUpperCase(),
      supprimees: "1",
      page: "2",
    });
    expect(filters).toEqual({
      catalogue: { ...EMPTY_FILTERS, q: "sommeil", themes: [2, 4], department: "93", month: "2026-10", housing: true, minPlaces: 3 },
      states: ["PENDING", "PUBLISHED"],
      structureId: STRUCTURE,
      deleted: true,
      page: 2,
    });
  });

  it("drops junk and ignores the région: the admin's is the only one", () => {
    const filters = parseAdminOfferFilters(new URLSearchParams("region=44&etat=PUBLISHED&etat=x&structure=1;drop&supprimees=peut-etre&page=0"));
    expect(filters).toEqual({ catalogue: EMPTY_FILTERS, states: [], structureId: null, deleted: false, page: 1 });
  });

  it("accepts several states in one parameter too", () => {
    expect(parseAdminOfferFilters({ etat: "brouillon,caduque" }).states).toEqual(["DRAFT", "EXPIRED"]);
  });
});

describe("effectiveStates", () => {
  it("leaves drafts out by default, lists every state in the bin, and the ticked ones otherwise", () => {
    expect(effectiveStates(parseAdminOfferFilters({}))).toEqual(DEFAULT_STATES);
    expect(DEFAULT_STATES).not.toContain("DRAFT");
    expect(effectiveStates(parseAdminOfferFilters({ supprimees: "1" }))).toEqual(["DRAFT", "PENDING", "VALIDATED", "PUBLISHED", "EXPIRED"]);
    expect(effectiveStates(parseAdminOfferFilters({ etat: "brouillon" }))).toEqual(["DRAFT"]);
  });
});

describe("adminOffersHref", () => {
  it("round-trips through the URL, page 1 implicit", () => {
    const filters = parseAdminOfferFilters({ q: "écrans", etat: ["validee", "publiee"], structure: STRUCTURE, supprimees: "1", terrain: "7" });
    const href = adminOffersHref(filters, 3);
    expect(href).toBe(`/admin/offres?q=%C3%A9crans&terrain=7&etat=validee&etat=publiee&structure=${STRUCTURE}&supprimees=1&page=3`);
    expect(parseAdminOfferFilters(new URLSearchParams(href.split("?")[1]))).toEqual({ ...filters, page: 3 });
    expect(adminOffersHref(filters, 1, "/admin/offres/export")).toBe(
      `/admin/offres/export?q=%C3%A9crans&terrain=7&etat=validee&etat=publiee&structure=${STRUCTURE}&supprimees=1`,
    );
  });

  it("knows when nothing is filtered", () => {
    expect(adminOffersHref(parseAdminOfferFilters({ page: "4" }), 1)).toBe("/admin/offres");
    expect(hasActiveAdminFilters(parseAdminOfferFilters({ page: "4" }))).toBe(false);
    expect(hasActiveAdminFilters(parseAdminOfferFilters({ etat: "caduque" }))).toBe(true);
  });
});
