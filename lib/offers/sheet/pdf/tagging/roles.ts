/**
 * The structure roles a node of the offer sheet can carry (docs/decisions/0009-pdf-balise.md): a
 * « leaf » role owns the text it draws (one marked-content sequence), a « group » role only holds
 * other elements, an artifact is drawn but not read (the running footer).
 */
export type LeafRole = "H1" | "H2" | "P" | "Lbl" | "LBody" | "TH" | "TD" | "Figure";
export type GroupRole = "Sect" | "L" | "LI" | "Table" | "TR";

export type PdfTag =
  { role: LeafRole; alt?: string; scope?: "Column" | "Row"; link?: boolean } | { role: GroupRole } | { role: "Artifact"; type: "Pagination" | "Layout" };

export const PDF_TAG_PROP = "data-pdf-tag";

const GROUPS: ReadonlySet<string> = new Set<GroupRole>(["Sect", "L", "LI", "Table", "TR"]);

export function isGroup(tag: PdfTag): tag is { role: GroupRole } {
  return GROUPS.has(tag.role);
}

/**
 * Spread on a react-pdf element: `<Text {...pdfTag({ role: "H1" })}>`. react-pdf keeps unknown
 * props on the laid-out node, where ./tagged-render.ts reads them. Each call makes a new object: a
 * node split across pages gets a copy of its props but the same tag, which joins its parts. `link` attributes the text to a
 * Link element inside the leaf, with the link annotation drawn in it.
 */
export function pdfTag(tag: PdfTag): { [PDF_TAG_PROP]: PdfTag } {
  return { [PDF_TAG_PROP]: tag };
}
