import { formatDateFr } from "@/lib/dates/paris";
import { OFFER_STATE_LABELS } from "./labels";
import type { SpaceOfferRow } from "./queries";

/**
 * The export of « Offres » for a French Excel (SPEC §4): UTF-8 with a byte-order mark (without it
 * Excel reads accents as Windows-1252), `;` between fields (`,` is the French decimal comma), CRLF
 * line ends, every field quoted, dates written in French. Cells starting with = + - @ are prefixed
 * with an apostrophe so that a spreadsheet never runs an offer name as a formula (CSV injection).
 */
export const CSV_BOM = "\ufeff";

export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(cells: (string | number | null | undefined)[]): string {
  return `${cells.map(csvCell).join(";")}\r\n`;
}

const HEADER = [
  "N° de l'offre",
  "Nom de l'offre",
  "Etat",
  "Modification en cours",
  "Structure d'accueil",
  "Commune",
  "Département",
  "Type de terrain d'action",
  "Thématiques",
  "Nombre de places",
  "Début de publication",
  "Fin de publication",
  "Email pour candidater",
];

const REVISION_LABELS = { DRAFT: "Brouillon", PENDING: "En attente de validation", SENT_BACK: "Renvoyée pour correction", ACCEPTED: "", DISCARDED: "" } as const;

export function offersCsv(rows: SpaceOfferRow[]): string {
  const lines = rows.map((row) =>
    csvLine([
      row.id,
      row.name,
      OFFER_STATE_LABELS[row.state],
      row.revisionState ? REVISION_LABELS[row.revisionState] : "",
      row.hostSiteName,
      row.communeName,
      row.departmentCode,
      row.fieldTypeLabel,
      row.themeLabels.join(", "),
      row.places,
      row.publicationStart ? formatDateFr(row.publicationStart) : "",
      row.publicationEnd ? formatDateFr(row.publicationEnd) : "",
      row.applicationEmail,
    ]),
  );
  return CSV_BOM + csvLine(HEADER) + lines.join("");
}

/** « offres-2026-05-15.csv ». */
export function offersCsvFilename(today: string): string {
  return `offres-${today}.csv`;
}
