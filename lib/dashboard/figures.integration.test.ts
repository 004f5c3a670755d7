import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { referenceItems } from "@/db/schema";
import { createOffer, createStructure, type OfferValues } from "@/test/factories";
import { getRegionOfferFigures } from "./queries";
import { one } from "@/lib/core/rows";

const TODAY = "2026-05-15";

async function theme(label: string, isActive = true): Promise<number> {
  const row = one(await db.insert(referenceItems).values({ kind: "THEME", label, position: 100, isActive }).returning({ id: referenceItems.id }));
  return row.id;
}

describe("the regional admin's figures", () => {
  it("counts the région's offers published today and non-draft, by département and by thématique, and nothing of another région", async () => {
    const [ecrans, sommeil, retiree] = [await theme("Figures : écrans"), await theme("Figures : sommeil"), await theme("Figures : retirée", false)];
    const nancy = await createStructure(db, { regionCode: "44", departmentCode: "54", postalCode: "54000", communeCode: "54395", communeName: "Nancy" });
    const frozen = await createStructure(db, { regionCode: "44", departmentCode: "54", frozenAt: new Date("2026-05-01T00:00:00Z") });
    const inGrandEst = (departmentCode: string | null, overrides: OfferValues) =>
      createOffer(db, { structureId: nancy.id, regionCode: "44", departmentCode, today: TODAY, ...overrides });

    // Published today: 2 in the 54 (one with two thématiques), 1 in the 67.
    await inGrandEst("54", { themeIds: [ecrans, sommeil] });
    await inGrandEst("54", { themeIds: [ecrans] });
    await inGrandEst("67", { themeIds: [retiree] });
    // Non-draft but not public today: pending, validated in the future, expired, a frozen structure's.
    await inGrandEst("54", { state: "PENDING", themeIds: [sommeil], publicationStart: "2026-06-01", publicationEnd: "2026-07-01" });
    await inGrandEst("67", { state: "VALIDATED", themeIds: [ecrans], publicationStart: "2026-06-01", publicationEnd: "2026-07-01" });
    await inGrandEst("67", { state: "EXPIRED", themeIds: [ecrans], publicationStart: "2026-01-01", publicationEnd: "2026-03-01" });
    await inGrandEst("54", { structureId: frozen.id, themeIds: [ecrans] });
    await inGrandEst(null, { state: "PENDING", themeIds: [sommeil], publicationStart: null, publicationEnd: null });
    // Never counted: drafts, deleted offers, another région's offers.
    await inGrandEst("54", { state: "DRAFT", themeIds: [ecrans] });
    await inGrandEst("54", { themeIds: [ecrans], deletedAt: new Date() });
    await createOffer(db, { regionCode: "11", departmentCode: "93", themeIds: [ecrans], today: TODAY });

    const figures = await getRegionOfferFigures("44", TODAY);
    expect(figures.departments).toEqual([
      { departmentCode: "54", published: 2, submitted: 4 },
      { departmentCode: "67", published: 1, submitted: 3 },
      { departmentCode: null, published: 0, submitted: 1 },
    ]);
    const byTheme = Object.fromEntries(
      figures.themes.map((row) => [row.label, { published: row.published, submitted: row.submitted, isActive: row.isActive }]),
    );
    expect(byTheme).toEqual({
      "Figures : écrans": { published: 2, submitted: 5, isActive: true },
      "Figures : sommeil": { published: 1, submitted: 3, isActive: true },
      "Figures : retirée": { published: 1, submitted: 1, isActive: false },
    });

    const idf = await getRegionOfferFigures("11", TODAY);
    expect(idf.departments).toEqual([{ departmentCode: "93", published: 1, submitted: 1 }]);
    expect(idf.themes.map((row) => row.label)).toEqual(["Figures : écrans"]);
  });
});
