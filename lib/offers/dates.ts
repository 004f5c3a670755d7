import type { OfferState } from "@/db/schema";

/**
 * SPEC §5: once validated, an offer's state follows its publication dates (Paris calendar days,
 * inclusive): future start → Validée, today within the dates → Publiée, end passed → Caduque.
 */
export function stateFromDates(publicationStart: string, publicationEnd: string, today: string): Extract<OfferState, "VALIDATED" | "PUBLISHED" | "EXPIRED"> {
  if (today < publicationStart) return "VALIDATED";
  if (today > publicationEnd) return "EXPIRED";
  return "PUBLISHED";
}
