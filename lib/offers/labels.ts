import type { OfferState } from "@/db/schema";

/** The guides' labels (SPEC §5 States). */
export const OFFER_STATE_LABELS: Record<OfferState, string> = {
  DRAFT: "Brouillon",
  PENDING: "En attente de validation",
  VALIDATED: "Validée",
  PUBLISHED: "Publiée",
  EXPIRED: "Caduque",
};

export const OFFER_STATES = Object.keys(OFFER_STATE_LABELS) as OfferState[];
