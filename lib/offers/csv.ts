import { formatDateFr } from "@/lib/core/dates/paris";
import { toCsv, type CsvCell } from "@/lib/core/export/csv";
import { OFFER_STATE_LABELS } from "./labels";
import type { SpaceOfferRow } from "./queries";

/**
 * The export of « Offres » (docs/produit.md#espace-offreur): the columns of the structure's offers, dates written in
 * French, through the platform's one CSV writer (lib/core/export/csv.ts: BOM, `;`, CRLF, quoting).
 */

/** The columns that describe an offer in every offers export (the structure's, the région's). */
export const OFFER_DETAIL_HEADER = [
  "Structure d'accueil",
  "Commune",
  "Département",
  "Type de terrain d'action",
  "Thématiques",
  "Nombre de places",
  "Début de publication",
  "Fin de publication",
] as const;

export type OfferDetailRow = Pick<
  SpaceOfferRow,
  "hostSiteName" | "communeName" | "departmentCode" | "fieldTypeLabel" | "themeLabels" | "places" | "publicationStart" | "publicationEnd"
>;

export function offerDetailCells(row: OfferDetailRow): CsvCell[] {
  return [
    row.hostSiteName,
    row.communeName,
    row.departmentCode,
    row.fieldTypeLabel,
    row.themeLabels.join(", "),
    row.places,
    row.publicationStart ? formatDateFr(row.publicationStart) : "",
    row.publicationEnd ? formatDateFr(row.publicationEnd) : "",
  ];
}

const HEADER = ["N° de l'offre", "Nom de l'offre", "État", "Modification en cours", ...OFFER_DETAIL_HEADER, "Email pour candidater"];

const REVISION_LABELS = {
  DRAFT: "Brouillon",
  PENDING: "En attente de validation",
  SENT_BACK: "Renvoyée pour correction",
  ACCEPTED: "",
  DISCARDED: "",
} as const;

export function offersCsv(rows: SpaceOfferRow[]): string {
  return toCsv(
    HEADER,
    rows.map((row) => [
      row.id,
      row.name,
      OFFER_STATE_LABELS[row.state],
      row.revisionState ? REVISION_LABELS[row.revisionState] : "",
      ...offerDetailCells(row),
      row.applicationEmail,
    ]),
  );
}

/** « offres-2026-05-15.csv ». */
export function offersCsvFilename(today: string): string {
  return `offres-${today}.csv`;
}
