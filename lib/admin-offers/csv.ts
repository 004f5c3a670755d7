import { formatDateFr, formatDateTimeFr } from "@/lib/dates/paris";
import { toCsv } from "@/lib/export/csv";
import { OFFER_STATE_LABELS } from "@/lib/offers/labels";
import type { RegionOfferRow } from "./queries";

/** The région's offers as CSV (SPEC §8), through the platform's one writer (lib/export/csv.ts). */
const HEADER = [
  "N° de l'offre",
  "Nom de l'offre",
  "Structure",
  "Etat",
  "Supprimée",
  "Structure d'accueil",
  "Commune",
  "Département",
  "Type de terrain d'action",
  "Thématiques",
  "Nombre de places",
  "Début de publication",
  "Fin de publication",
  "Dernière modification",
  "Email pour candidater",
];

export function regionOffersCsv(rows: readonly RegionOfferRow[]): string {
  return toCsv(
    HEADER,
    rows.map((row) => [
      row.id,
      row.name,
      row.structureName,
      OFFER_STATE_LABELS[row.state],
      row.deletedAt ? `oui, le ${formatDateTimeFr(row.deletedAt)}` : "non",
      row.hostSiteName,
      row.communeName,
      row.departmentCode,
      row.fieldTypeLabel,
      row.themeLabels.join(", "),
      row.places,
      row.publicationStart ? formatDateFr(row.publicationStart) : "",
      row.publicationEnd ? formatDateFr(row.publicationEnd) : "",
      formatDateTimeFr(row.updatedAt),
      row.applicationEmail,
    ]),
  );
}

/** « offres-region-11-2026-05-15.csv ». */
export function regionOffersCsvFilename(regionCode: string, today: string): string {
  return `offres-region-${regionCode}-${today}.csv`;
}
