import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { toCsv } from "@/lib/core/export/csv";
import { OFFER_DETAIL_HEADER, offerDetailCells } from "@/lib/offers/csv";
import { OFFER_STATE_LABELS } from "@/lib/offers/labels";
import type { RegionOfferRow } from "./queries";

/**
 * The région's offers as CSV (docs/produit.md#pouvoirs-de-lars): the structure's export columns (lib/offers/csv.ts) plus the
 * structure, the bin and the last update, through the platform's one writer (lib/core/export/csv.ts).
 */
const HEADER = ["N° de l'offre", "Nom de l'offre", "Structure", "État", "Supprimée", ...OFFER_DETAIL_HEADER, "Dernière modification", "Email pour candidater"];

export function regionOffersCsv(rows: readonly RegionOfferRow[]): string {
  return toCsv(
    HEADER,
    rows.map((row) => [
      row.id,
      row.name,
      row.structureName,
      OFFER_STATE_LABELS[row.state],
      row.deletedAt ? `oui, le ${formatDateTimeFr(row.deletedAt)}` : "non",
      ...offerDetailCells(row),
      formatDateTimeFr(row.updatedAt),
      row.applicationEmail,
    ]),
  );
}

/** « offres-region-11-2026-05-15.csv ». */
export function regionOffersCsvFilename(regionCode: string, today: string): string {
  return `offres-region-${regionCode}-${today}.csv`;
}
