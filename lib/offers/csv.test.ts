import { describe, expect, it } from "vitest";
import { offersCsv } from "./csv";
import { EMPTY_SPACE_FILTERS, hasActiveFilters, parseSpaceOfferFilters, spaceOffersHref } from "./filters";
import type { SpaceOfferRow } from "./queries";

const row: SpaceOfferRow = {
  id: 1042,
  name: 'Atelier « sommeil » ; "écrans"',
  fieldTypeLabel: "Établissement scolaire",
  state: "PUBLISHED",
  publicationStart: "2026-05-01",
  publicationEnd: "2026-06-30",
  hostSiteName: "Collège Jean Moulin",
  communeName: "Saint-Denis",
  departmentCode: "93",
  places: 4,
  applicationEmail: "stage@college.fr",
  revisionState: "PENDING",
  sentBack: false,
  themeLabels: ["Sommeil", "Santé mentale et bien-être"],
};

describe("offersCsv", () => {
  it("opens in a French Excel: BOM, semicolons, CRLF, quoted fields, French dates", () => {
    const csv = offersCsv([row]);
    expect(csv.startsWith('\ufeff"N° de l\'offre";"Nom de l\'offre";"État"')).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe("");
    expect(lines[1]).toBe(
      '"1042";"Atelier « sommeil » ; ""écrans""";"Publiée";"En attente de validation";"Collège Jean Moulin";"Saint-Denis";"93";"Établissement scolaire";"Sommeil, Santé mentale et bien-être";"4";"1er mai 2026";"30 juin 2026";"stage@college.fr"',
    );
  });
});

describe("space offer filters in the URL", () => {
  it("round-trips and drops junk", () => {
    const filters = parseSpaceOfferFilters({
      nom: " sommeil ",
      etat: "en-attente",
      apres: "2026-05-01",
      avant: "2026-02-30",
      departement: "2a",
      thematique: "x",
      page: "3",
    });
    expect(filters).toEqual({ ...EMPTY_SPACE_FILTERS, name: "sommeil", state: "PENDING", after: "2026-05-01", department: "2A", page: 3 });
    expect(spaceOffersHref(filters, { page: 1 })).toBe("/espace/offres?nom=sommeil&etat=en-attente&apres=2026-05-01&departement=2A");
    expect(parseSpaceOfferFilters(new URLSearchParams("page=-1&terrain=0&etat=PUBLISHED"))).toEqual(EMPTY_SPACE_FILTERS);
  });

  it("keeps « Trier par » in the URL, the default needing none; an unknown order is the default", () => {
    const sorted = parseSpaceOfferFilters({ tri: "modification", page: "2" });
    expect(sorted).toEqual({ ...EMPTY_SPACE_FILTERS, sort: "modification", page: 2 });
    expect(spaceOffersHref(sorted, { page: 3 })).toBe("/espace/offres?tri=modification&page=3");
    expect(hasActiveFilters(sorted)).toBe(false);
    expect(parseSpaceOfferFilters({ tri: "constructor" }).sort).toBe("recent");
    expect(parseSpaceOfferFilters({ tri: "n'importe quoi" }).sort).toBe("recent");
    expect(spaceOffersHref(parseSpaceOfferFilters({ tri: "recent" }))).toBe("/espace/offres");
  });
});
