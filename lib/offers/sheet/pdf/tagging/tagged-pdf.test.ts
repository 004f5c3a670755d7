import path from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { sampleOffer } from "../../../../../test/fixtures/offer-sheet";
import { buildOfferSheet } from "../../offer-sheet";
import { renderOfferSheetPdf } from "../render";

// A 1×1 transparent PNG.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

type StructNode = { role?: string; alt?: string; lang?: string; children?: StructNode[]; type?: string; id?: string };

/**
 * The structure elements as pdf.js gives them to a browser's accessibility layer, page after page,
 * each with the text of its marked content (what a screen reader reads for it).
 */
async function readBack(bytes: Buffer) {
  const standardFontDataUrl = path.resolve(import.meta.dirname, "../../../../../node_modules/pdfjs-dist/standard_fonts") + "/";
  const pdf = await getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false }).promise;
  const elements: Element[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const page = await pdf.getPage(number);
    const tree = (await page.getStructTree()) as StructNode;
    const content = await page.getTextContent({ includeMarkedContent: true });
    const textById = new Map<string, string>();
    let current: string | null = null;
    for (const item of content.items) {
      if ("type" in item) current = item.type === "beginMarkedContentProps" ? (item.id ?? null) : null;
      else if (current) textById.set(current, (textById.get(current) ?? "") + item.str + (item.hasEOL ? " " : ""));
    }
    // pdf.js's own « Root » comes first.
    elements.push(...flatten(tree, textById).slice(1));
  }
  const markInfo = await pdf.getMarkInfo();
  const metadata = await pdf.getMetadata();
  await pdf.destroy();
  return { elements, markInfo, info: metadata.info as { Title?: string; Language?: string } };
}

type Element = { role: string; text: string; alt?: string };

function flatten(node: StructNode, textById: Map<string, string>, out: Element[] = []) {
  if (node.role) out.push({ role: node.role, text: textOf(node, textById).trim(), alt: node.alt });
  for (const child of node.children ?? []) flatten(child, textById, out);
  return out;
}

function textOf(node: StructNode, textById: Map<string, string>): string {
  if (node.type === "content" && node.id) return textById.get(node.id) ?? "";
  return (node.children ?? []).map((child) => textOf(child, textById)).join("");
}

describe("the offer PDF, for a screen reader", () => {
  it("is tagged: French, its title shown, a heading, sections, label/value lists, the grid as a table, the logo as a figure", async () => {
    const sheet = buildOfferSheet(sampleOffer({ structure: { ...sampleOffer().structure, logoFileId: "logo" } }));
    const bytes = await renderOfferSheetPdf(sheet, "http://localhost:3000/offres/1042", async () => PNG);
    const raw = bytes.toString("latin1");
    // Catalog entries (pdfkit writes them uncompressed): language, title shown instead of the file name, PDF 1.7.
    expect(raw).toMatch(/\/Lang \(fr-FR\)/);
    expect(raw).toMatch(/\/DisplayDocTitle true/);
    expect(raw.startsWith("%PDF-1.7")).toBe(true);

    const { elements, markInfo, info } = await readBack(bytes);
    expect(markInfo?.Marked).toBe(true);
    expect(info.Title).toBe("Offre n° 1042 - Prévention de l'obésité chez l'enfant");
    expect(info.Language).toBe("fr-FR");

    const roles = elements.map((element) => element.role);
    expect(roles[0]).toBe("Document");
    expect(elements.filter((e) => e.role === "H1")).toEqual([{ role: "H1", text: "Prévention de l'obésité chez l'enfant", alt: undefined }]);
    expect(elements.filter((e) => e.role === "H2").map((e) => e.text)).toEqual([
      "Présentation de l'offre",
      "Lieu d'accueil",
      "Modalités",
      "Plage d'accueil",
      "Candidater",
      "Référent de l'offre",
      "Référent de proximité",
      "Documents utiles",
      "L'offreur",
    ]);
    expect(roles).toEqual(expect.arrayContaining(["Sect", "P", "L", "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "Figure", "Link"]));
    expect(elements.find((e) => e.role === "Figure")?.alt).toBe("Logo de Mairie de Saint-Denis");
    expect(elements.filter((e) => e.role === "P").map((e) => e.text)).toContain("Publiée du 1er mars 2026 au 30 juin 2026");
    // A label and its value stay together in one list item.
    const lbl = elements.findIndex((e) => e.role === "Lbl" && e.text === "Email pour candidater");
    expect(lbl).toBeGreaterThan(0);
    expect(elements.slice(lbl + 1, lbl + 3).map((e) => e.role)).toEqual(["LBody", "Link"]);
    expect(elements[lbl + 2]!.text).toBe("candidature@ecole.test");
    // The weekly grid: days as column headers, half-days as row headers.
    expect(elements.filter((e) => e.role === "TH").map((e) => e.text)).toEqual(expect.arrayContaining(["Lundi", "Dimanche", "Matin", "Après-midi"]));
    // A section that runs onto the next page stays one element (9 sections, 9 /Sect objects in the file).
    expect(raw.match(/\/S \/Sect\b/g)).toHaveLength(9);
    // The running footer is an artifact: its URL is in no element.
    expect(elements.some((e) => e.text.includes("localhost:3000/offres/1042"))).toBe(false);
  }, 60_000);
});
