import { describe, expect, it } from "vitest";
import { EXCERPT_SHOWN, toCardView } from "./card-view";
import { packCardView, unpackCardView } from "./packed-card";
import type { CatalogueCard } from "./queries";

const card: CatalogueCard = {
  id: 7,
  name: "Atelier sommeil",
  excerpt: "Phrase courte.",
  themeIds: [1, 2, 3, 4, 99],
  places: 1,
  hostSiteName: "Collège Jean Moulin",
  communeName: "Verdun",
  departmentCode: "55",
  regionCode: "44",
  fieldTypeId: null,
  periodStart: "2026-12-03",
  periodEnd: "2027-01-28",
  publicationStart: "2026-11-01",
  publicationEnd: "2027-01-31",
  offersHousing: true,
  offersMeals: false,
  structureName: "Association Meuse Santé Jeunes",
};
const labels = new Map([
  [1, "Sommeil"],
  [2, "Vaccination"],
  [3, "Harcèlement"],
  [4, "Gestes qui sauvent"],
]);

describe("toCardView", () => {
  it("prints the card's lines as the public reads them", () => {
    expect(toCardView(card, labels)).toEqual({
      id: 7,
      title: "Atelier sommeil",
      tags: ["Sommeil", "Vaccination", "Harcèlement", "+ 1"],
      structureName: "Association Meuse Santé Jeunes",
      excerpt: "Phrase courte.",
      details: ["Collège Jean Moulin — Verdun (55)", "Du 3 décembre 2026 au 28 janvier 2027", "1 place · hébergement"],
    });
  });

  it("cuts a long excerpt on a word, without « .… »", () => {
    const excerpt = `${"Une phrase de prévention. ".repeat(7)}Fin`;
    const view = toCardView({ ...card, excerpt, places: null, communeName: null, periodStart: null, periodEnd: null }, labels);
    expect(view.excerpt.length).toBeLessThanOrEqual(EXCERPT_SHOWN);
    expect(view.excerpt).toMatch(/[a-zé]…$/);
    expect(view.details).toEqual([]);
  });

  it("travels to the card list packed, without its keys, and comes back whole", () => {
    const view = toCardView(card, labels);
    const packed = packCardView(view);
    expect(JSON.stringify(packed)).not.toContain("structureName");
    expect(unpackCardView(packed)).toEqual(view);
  });
});
