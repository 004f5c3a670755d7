import { describe, expect, it } from "vitest";
import { regionOffersCsv, regionOffersCsvFilename } from "./csv";
import type { RegionOfferRow } from "./queries";

const row: RegionOfferRow = {
  id: 1042,
  name: '=Atelier « sommeil » ; "écrans"',
  structureName: "Collège Jean Moulin",
  state: "PUBLISHED",
  deletedAt: new Date("2026-05-14T08:30:00Z"),
  publicationStart: "2026-05-01",
  publicationEnd: "2026-06-30",
  places: 4,
  updatedAt: new Date("2026-05-14T08:30:00Z"),
  hostSiteName: "Collège Jean Moulin",
  communeName: "Saint-Denis",
  departmentCode: "93",
  fieldTypeLabel: null,
  themeLabels: ["Sommeil", "Écrans"],
  applicationEmail: "stage@college.fr",
};

describe("regionOffersCsv", () => {
  it("writes one quoted line per offer through the shared writer, French dates, formulas neutralised", () => {
    const csv = regionOffersCsv([row]);
    expect(csv.startsWith('\uFEFF"N° de l\'offre";"Nom de l\'offre";"Structure";"État";"Supprimée";')).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(
      /^"1042";"'=Atelier « sommeil » ; ""écrans""";"Collège Jean Moulin";"Publiée";"oui, le 14 mai 2026 à 10 ?h ?30";"Collège Jean Moulin";"Saint-Denis";"93";"";"Sommeil, Écrans";"4";"1er mai 2026";"30 juin 2026";"14 mai 2026 à 10 ?h ?30";"stage@college.fr"$/,
    );
  });

  it("names the file after the région and the day", () => {
    expect(regionOffersCsvFilename("11", "2026-05-15")).toBe("offres-region-11-2026-05-15.csv");
  });
});
