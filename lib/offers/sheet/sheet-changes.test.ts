import { describe, expect, it } from "vitest";
import type { OfferSheet } from "./offer-sheet";
import { sheetChanges } from "./sheet-changes";

const sheet = (overrides: Partial<OfferSheet> = {}, places = "4", modalities?: string): OfferSheet =>
  ({
    title: "Ateliers sommeil",
    sections: [
      { id: "description", title: "Présentation de l'offre", fields: [{ label: "Nombre de places", value: places }] },
      { id: "modalites", title: "Modalités", fields: modalities ? [{ label: "Modalités de prise en charge", value: modalities }] : [] },
    ],
    weeklyGrid: [],
    hasWeeklySlots: false,
    attachments: [],
    ...overrides,
  }) as unknown as OfferSheet;

describe("sheetChanges (issue 16, point 9)", () => {
  it("lists each changed field with its published and proposed values, added and emptied ones too", () => {
    expect(sheetChanges(sheet({}, "4", "Le mardi"), sheet({ title: "Ateliers sommeil et écrans" }, "8"))).toEqual([
      { section: "Présentation de l'offre", label: "Nom de l'offre", published: "Ateliers sommeil", proposed: "Ateliers sommeil et écrans" },
      { section: "Présentation de l'offre", label: "Nombre de places", published: "4", proposed: "8" },
      { section: "Modalités", label: "Modalités de prise en charge", published: "Le mardi", proposed: null },
    ]);
  });

  it("says nothing when nothing changed", () => {
    expect(sheetChanges(sheet(), sheet())).toEqual([]);
  });
});
