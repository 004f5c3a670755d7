import type { OfferState } from "@/db/schema";

/** The guides' labels (docs/produit.md#etats-dune-offre). */
export const OFFER_STATE_LABELS: Record<OfferState, string> = {
  DRAFT: "Brouillon",
  PENDING: "En attente de validation",
  VALIDATED: "Validée",
  PUBLISHED: "Publiée",
  EXPIRED: "Caduque",
};

export const OFFER_STATES = Object.keys(OFFER_STATE_LABELS) as OfferState[];

const OFFER_STATE_PLURALS: Record<OfferState, string> = {
  DRAFT: "Brouillons",
  PENDING: "En attente de validation",
  VALIDATED: "Validées",
  PUBLISHED: "Publiées",
  EXPIRED: "Caduques",
};

/** The label under a count: « 1 Publiée », « 10 Publiées », « 0 Brouillon ». */
export function offerStateCountLabel(state: OfferState, count: number): string {
  return count > 1 ? OFFER_STATE_PLURALS[state] : OFFER_STATE_LABELS[state];
}

/** `offer_status_history.action`, as the history table says it (the seed and the cron use the same words). */
export const HISTORY_ACTION_LABELS: Record<string, string> = {
  create: "Création",
  submit: "Demande de validation",
  validate: "Validation",
  send_back: "Renvoi pour correction",
  publish: "Publication (date de début atteinte)",
  expire: "Fin de publication (date de fin passée)",
  dates: "Changement selon les dates de publication",
  stop: "Arrêt de la publication",
  extend: "Prolongation de la publication",
  change_dates: "Dates de publication modifiées",
  renew: "Renouvellement de la publication",
  delete: "Suppression",
  restore: "Restauration (administration régionale)",
  submit_revision: "Modification envoyée en validation",
  validate_revision: "Modification validée",
  send_back_revision: "Modification renvoyée pour correction",
  discard_revision: "Modification abandonnée",
  unpublish: "Dépublication par l'ARS",
  recall: "Renvoi pour correction par l'ARS (retirée du site public)",
  request_correction: "Correction demandée par l'ARS (reste en ligne)",
};
