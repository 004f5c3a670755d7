import type { PeriodKind } from "@/db/schema";

/** « Période de prise en charge » (docs/produit.md#assistant-en-quatre-etapes, guide IDF). */
export const PERIOD_KIND_LABELS: Record<PeriodKind, string> = {
  CONTINUOUS: "Continue",
  SPLIT: "Fractionnée",
  EITHER: "Fractionnée ou continue",
};

/** « Options de prise en charge » shown to the public. */
export const CARE_OPTION_LABELS = {
  housing: "Hébergement",
  meals: "Restauration",
  transport: "Transport",
} as const;

/** « 134 offres », « 1 offre », « Aucune offre ». */
export function offerCountLabel(total: number): string {
  if (total === 0) return "Aucune offre";
  return `${total.toLocaleString("fr-FR")} offre${total > 1 ? "s" : ""}`;
}
