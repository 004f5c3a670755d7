import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { buildOfferSheet } from "../offer-sheet";
import { sampleOffer } from "../../../../test/fixtures/offer-sheet";
import { pdfCacheKey, pdfLogo, renderOfferSheetPdf } from "./render";

// A 1×1 transparent PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

describe("the offer PDF", () => {
  it("is one A4 page or more that reads back with the offer's name, structure, dates and grid", async () => {
    const sheet = buildOfferSheet(sampleOffer({ structure: { ...sampleOffer().structure, logoFileId: "logo" } }));
    const bytes = await renderOfferSheetPdf(sheet, "http://localhost:3000/offres/1042", async () => PNG);
    const parser = new PDFParse({ data: bytes });
    const info = await parser.getInfo({ parsePageInfo: true });
    const text = (await parser.getText()).text;
    await parser.destroy();

    // A4 is 595.28 × 841.89 points.
    expect(info.pages?.[0]?.width).toBeCloseTo(595.28, 1);
    expect(info.pages?.[0]?.height).toBeCloseTo(841.89, 1);
    expect(info.pages?.[0]?.links).toContainEqual({ url: "mailto:candidature@ecole.test", text: "candidature@ecole.test" });
    expect(text).toContain("Prévention de l'obésité chez l'enfant");
    expect(text).toContain("Mairie de Saint-Denis");
    expect(text).toContain("Publiée du 1er mars 2026 au 30 juin 2026");
    expect(text).toContain("Offre n° 1042");
    expect(text).toContain("Plage d'accueil");
    expect(text).toMatch(/Après-midi[\s-]+Oui/);
    expect(text).toContain("candidature@ecole.test");
    // The first render starts the render thread (from sources here: tsx compiles react-pdf's callers).
  }, 60_000);

  it("prints « Plage d'accueil » month by month when it changes with the month", async () => {
    const offer = sampleOffer({
      periodStart: "2026-11-02",
      periodEnd: "2027-01-29",
      weeklySlots: ["1-am", "1-pm", "3-pm"],
      monthlySlots: { "2026-11": ["1-am", "1-pm", "3-pm"], "2026-12": [], "2027-01": ["1-am"] },
    });
    const bytes = await renderOfferSheetPdf(buildOfferSheet(offer), "http://localhost:3000/offres/1042", async () => null);
    const parser = new PDFParse({ data: bytes });
    const text = (await parser.getText()).text;
    await parser.destroy();
    expect(text).toContain("La plage d'accueil change selon le mois.");
    expect(text).toMatch(/Mois\s+Lundi\s+Mardi\s+Mercredi\s+Jeudi\s+Vendredi\s+Samedi\s+Dimanche/);
    expect(text).toMatch(/Novembre 2026\s+Journée\s+-\s+Après-midi\s+-\s+-\s+-\s+-/);
    expect(text).toMatch(/Décembre 2026(\s+-){7}/);
    expect(text).toMatch(/Janvier 2027\s+Matin(\s+-){6}/);
  }, 60_000);

  it("serves the same bytes from its cache, and a new entry when the content changes", async () => {
    const sheet = buildOfferSheet(sampleOffer());
    let loads = 0;
    const loadLogo = async () => {
      loads++;
      return null;
    };
    const first = await renderOfferSheetPdf(sheet, "u", loadLogo);
    const second = await renderOfferSheetPdf(sheet, "u", loadLogo);
    expect(second).toBe(first);
    expect(loads).toBe(1);
    const extended = buildOfferSheet(sampleOffer({ publicationEnd: "2026-07-31" }));
    expect(pdfCacheKey(extended, "u")).not.toBe(pdfCacheKey(sheet, "u"));
    expect(pdfCacheKey(extended, "u").startsWith("1042:3:")).toBe(true);
  });

  it("leaves a WebP logo out (react-pdf reads PNG and JPEG only)", () => {
    expect(pdfLogo(Buffer.from("RIFF0000WEBPVP8 "))).toBeNull();
    expect(pdfLogo(PNG)?.format).toBe("png");
    expect(pdfLogo(null)).toBeNull();
  });
});
