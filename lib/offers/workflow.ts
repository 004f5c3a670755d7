import type { OfferState, OfferValidationMode } from "@/db/schema";
import { can, type Capability, type Principal } from "@/lib/core/auth/permissions";
import type { OfferStepKey } from "./schemas";
import { isLiveState, LIVE_STATES, stateFromDates } from "./visibility";

/**
 * THE authority on the offer lifecycle (docs/produit.md#cycle-de-vie-dune-offre, guide IDF). Every action that changes an offer asks
 * `planTransition` first; nothing else decides who may move an offer from which state to which.
 * Pure: the caller passes the offer as it is in the database (read `for update`), the user and
 * today's Paris day, and applies the answer in a transaction (lib/offers/transitions.ts).
 */
export type WorkflowAction =
  | "edit"
  | "submit"
  | "validate"
  | "sendBack"
  | "submitRevision"
  | "validateRevision"
  | "sendBackRevision"
  | "discardRevision"
  | "stop"
  | "extend"
  | "changeDates"
  | "renew"
  | "delete"
  | "duplicate"
  | "restore"
  | "unpublish"
  | "recall"
  | "requestCorrection";

/**
 * `fromDates`: validated, then Validée / Publiée / Caduque according to the publication dates.
 * `restored`: back from the bin in the state it was deleted in; a Validée / Publiée one catches up
 * with its dates, which the scheduled job does not move while an offer is deleted.
 */
export type Target = OfferState | "fromDates" | "same" | "deleted" | "restored";

type Rule = {
  /** Every one of these capabilities is needed (cumulative permissions: docs/produit.md#roles-et-permissions). */
  requires: readonly Capability[];
  from: readonly OfferState[];
  to: Target;
  /**
   * Only for an offer that this actor validates (docs/produit.md#qui-valide): the structure's
   * VALIDEURs (« par les valideurs de la structure ») or the région's admins (« par l'ARS »).
   * Without it, the rule holds whoever validates the offer.
   */
  validatedBy?: OfferValidationMode;
};

const ALL_STATES: readonly OfferState[] = ["DRAFT", "PENDING", "VALIDATED", "PUBLISHED", "EXPIRED"];
const LIVE: readonly OfferState[] = LIVE_STATES;

/**
 * The transition table. Rules are tried in order: the first whose capabilities the user holds and
 * whose `from` holds the offer's state wins. Two rules for one action express « a VALIDEUR does
 * more »: renew goes straight to the dates for a VALIDEUR, to « En attente de validation » otherwise.
 */
export const TRANSITIONS: Record<WorkflowAction, readonly Rule[]> = {
  // Content edits: a Validée / Publiée offer is edited through a revision (see `editMode`).
  edit: [{ requires: ["offer.edit"], from: ALL_STATES, to: "same" }],
  submit: [{ requires: ["offer.submit"], from: ["DRAFT"], to: "PENDING" }],
  // A VALIDEUR may « Valider » directly (docs/produit.md#transitions): from the draft too. The ARS
  // validates what was sent to it only.
  validate: [
    { requires: ["offer.validate"], from: ["DRAFT", "PENDING"], to: "fromDates", validatedBy: "STRUCTURE" },
    { requires: ["regionOffers.validate"], from: ["PENDING"], to: "fromDates", validatedBy: "ARS" },
  ],
  sendBack: [
    { requires: ["offer.sendBack"], from: ["PENDING"], to: "DRAFT", validatedBy: "STRUCTURE" },
    { requires: ["regionOffers.validate"], from: ["PENDING"], to: "DRAFT", validatedBy: "ARS" },
  ],
  // A revision of a live offer: the offer keeps its state (the public keeps the published version).
  submitRevision: [{ requires: ["offer.submit"], from: LIVE, to: "same" }],
  validateRevision: [
    { requires: ["offer.validate"], from: LIVE, to: "fromDates", validatedBy: "STRUCTURE" },
    { requires: ["regionOffers.validate"], from: LIVE, to: "fromDates", validatedBy: "ARS" },
  ],
  sendBackRevision: [
    { requires: ["offer.sendBack"], from: LIVE, to: "same", validatedBy: "STRUCTURE" },
    { requires: ["regionOffers.validate"], from: LIVE, to: "same", validatedBy: "ARS" },
  ],
  discardRevision: [{ requires: ["offer.edit"], from: LIVE, to: "same" }],
  // guide IDF « Interrompre / prolonger ou renouveler » : GESTIONNAIRE and VALIDEUR alike.
  stop: [{ requires: ["offer.managePublication"], from: LIVE, to: "EXPIRED" }],
  extend: [{ requires: ["offer.managePublication"], from: LIVE, to: "fromDates" }],
  // guide IDF « Les dates sont modifiables même pendant la publication »: no revision, the dates decide the state at once.
  changeDates: [{ requires: ["offer.managePublication"], from: LIVE, to: "fromDates" }],
  renew: [
    { requires: ["offer.managePublication", "offer.validate"], from: ["EXPIRED"], to: "fromDates", validatedBy: "STRUCTURE" },
    { requires: ["offer.managePublication"], from: ["EXPIRED"], to: "PENDING" },
  ],
  // GESTIONNAIRE deletes drafts only; VALIDEUR deletes any offer of the structure (soft deletion).
  delete: [
    { requires: ["offer.deleteAny"], from: ALL_STATES, to: "deleted" },
    { requires: ["offer.deleteDraft"], from: ["DRAFT"], to: "deleted" },
  ],
  duplicate: [{ requires: ["offer.duplicate"], from: ALL_STATES, to: "same" }],
  // Soft deletion, recoverable by an admin (docs/produit.md#suppression-et-historique): the région's admin only.
  restore: [{ requires: ["regionOffers.restore"], from: ALL_STATES, to: "restored" }],
  // The ARS moderates one offer in every région (docs/produit.md#moderation-dune-offre): « Dépublier »
  // with a reason; « Renvoyer pour correction » a live offer, off the catalogue (recall) or, with
  // « laisser en ligne », kept public until the correction is validated (requestCorrection).
  unpublish: [{ requires: ["regionOffers.moderate"], from: LIVE, to: "EXPIRED" }],
  recall: [{ requires: ["regionOffers.moderate"], from: LIVE, to: "DRAFT" }],
  requestCorrection: [{ requires: ["regionOffers.moderate"], from: LIVE, to: "same" }],
};

export const WORKFLOW_ACTIONS = Object.keys(TRANSITIONS) as WorkflowAction[];

export type PlannedOffer = {
  state: OfferState;
  publicationStart: string | null;
  publicationEnd: string | null;
  deletedAt?: Date | null;
  /** Who validates the offer now (lib/offers/validation-mode.ts); the structure's VALIDEURs when not said. */
  validatedBy?: OfferValidationMode;
};

export type Refusal = { ok: false; code: "FORBIDDEN" | "CONFLICT" | "NOT_FOUND" | "INVALID"; message: string };
export type Plan = { ok: true; from: OfferState; to: OfferState | "deleted"; rule: Rule };

// Said when the user may do the action in general but not in this state.
const WRONG_STATE: Record<WorkflowAction, string> = {
  edit: "Cette offre ne peut pas être modifiée.",
  submit: "Seul un brouillon peut être envoyé en validation.",
  validate: "Seule une offre en brouillon ou en attente de validation peut être validée.",
  sendBack: "Seule une offre en attente de validation peut être renvoyée pour correction.",
  submitRevision: "Seule une offre validée ou publiée peut recevoir une modification à valider.",
  validateRevision: "Seule la modification d'une offre validée ou publiée peut être validée.",
  sendBackRevision: "Seule la modification d'une offre validée ou publiée peut être renvoyée pour correction.",
  discardRevision: "Seule la modification d'une offre validée ou publiée peut être abandonnée.",
  stop: "Seule une offre validée ou publiée peut être arrêtée.",
  extend: "Seule une offre validée ou publiée peut être prolongée.",
  changeDates: "Seules les dates d'une offre validée ou publiée se modifient ainsi ; celles d'une offre caduque, avec « Renouveler ».",
  renew: "Seule une offre caduque peut être renouvelée.",
  delete: "Un gestionnaire d'offres ne peut supprimer que des brouillons.",
  duplicate: "Cette offre ne peut pas être dupliquée.",
  restore: "Cette offre ne peut pas être restaurée.",
  unpublish: "Seule une offre validée ou publiée peut être dépubliée.",
  recall: "Seule une offre validée ou publiée peut être renvoyée pour correction par l'ARS.",
  requestCorrection: "Seule une offre validée ou publiée peut être renvoyée pour correction par l'ARS.",
};

// Said to whoever would validate, but not this offer (docs/produit.md#qui-valide).
const VALIDATED_BY: Record<OfferValidationMode, string> = {
  ARS: "Cette offre est validée par l'ARS, pas par les valideurs de la structure.",
  STRUCTURE: "Cette offre est validée par les valideurs de sa structure, pas par l'ARS.",
};

export const FORBIDDEN_MESSAGE = "Vous n'avez pas les droits nécessaires pour cette action.";
export const NOT_FOUND_MESSAGE = "Cette offre n'existe pas ou vous n'y avez pas accès.";
const MISSING_DATES = "Renseignez les dates de publication (étape 4) avant de valider.";
export const NOT_DELETED_MESSAGE = "Cette offre n'est pas supprimée : il n'y a rien à restaurer.";

/**
 * What `action` does to `offer` for `user` on Paris day `today`: the target state, or a French
 * refusal. Anonymous → FORBIDDEN here (the action door answers « session expirée » before).
 */
export function planTransition(action: WorkflowAction, offer: PlannedOffer | null, user: Principal | null, today: string): Plan | Refusal {
  const rules = TRANSITIONS[action];
  const held = rules.filter((rule) => rule.requires.every((capability) => can(user, capability)));
  if (held.length === 0) return { ok: false, code: "FORBIDDEN", message: FORBIDDEN_MESSAGE };
  // Only `restore` acts on a deleted offer, and only on one.
  if (!offer || (offer.deletedAt && action !== "restore")) return { ok: false, code: "NOT_FOUND", message: NOT_FOUND_MESSAGE };
  if (action === "restore" && !offer.deletedAt) return { ok: false, code: "CONFLICT", message: NOT_DELETED_MESSAGE };
  const validatedBy = offer.validatedBy ?? "STRUCTURE";
  const inMode = (rule: Rule) => !rule.validatedBy || rule.validatedBy === validatedBy;
  // A VALIDEUR in a région where the ARS validates (or the ARS on an offer its structure validates).
  if (!held.some(inMode)) return { ok: false, code: "FORBIDDEN", message: VALIDATED_BY[validatedBy] };
  const rule = held.find((candidate) => inMode(candidate) && candidate.from.includes(offer.state));
  if (!rule) {
    // A GESTIONNAIRE trying to delete a published offer lacks a right, the state is fine for others.
    const allowedForSomeone = rules.some((candidate) => inMode(candidate) && candidate.from.includes(offer.state));
    return { ok: false, code: allowedForSomeone ? "FORBIDDEN" : "CONFLICT", message: WRONG_STATE[action] };
  }
  return resolve(rule, offer, today);
}

function resolve(rule: Rule, offer: PlannedOffer, today: string): Plan | Refusal {
  const from = offer.state;
  if (rule.to === "same") return { ok: true, from, to: from, rule };
  if (rule.to === "restored") {
    const { publicationStart: start, publicationEnd: end } = offer;
    return { ok: true, from, to: isLiveState(from) && start && end ? stateFromDates(start, end, today) : from, rule };
  }
  if (rule.to !== "fromDates") return { ok: true, from, to: rule.to, rule };
  if (!offer.publicationStart || !offer.publicationEnd) return { ok: false, code: "INVALID", message: MISSING_DATES };
  return { ok: true, from, to: stateFromDates(offer.publicationStart, offer.publicationEnd, today), rule };
}

/** Whether the user may do the action on that offer now (to show or hide a button). */
export function isAllowed(action: WorkflowAction, offer: PlannedOffer, user: Principal | null, today: string): boolean {
  const plan = planTransition(action, offer, user, today);
  // Missing dates are a form problem, not a reason to hide « Valider »: the click says what is missing.
  return plan.ok || plan.code === "INVALID";
}

/**
 * The content of a Validée / Publiée offer is changed through a revision (docs/produit.md#revisions) that needs
 * validation while the public keeps the published version; other states are edited in place.
 */
export function editMode(state: OfferState): "direct" | "revision" {
  return LIVE.includes(state) ? "revision" : "direct";
}

/**
 * Why a step of the offer wizard (lib/offers/schemas.ts, OFFER_STEPS) may not be saved for an offer in this state, or null when it may. The
 * content steps follow `editMode`; the publication dates are the lifecycle's own: a live offer's
 * move with « Prolonger » / « Arrêter la publication », a Caduque one's with « Renouveler ».
 */
export function stepRefusal(state: OfferState, step: OfferStepKey): string | null {
  if (step !== "publication") return null;
  if (editMode(state) === "revision")
    return "Les dates d'une offre validée ou publiée se modifient avec « Modifier les dates » ou « Arrêter la publication », sur la page de l'offre.";
  if (state === "EXPIRED") return "Pour publier à nouveau une offre caduque, utilisez « Renouveler » en indiquant les nouvelles dates.";
  return null;
}

export function isStepEditable(state: OfferState, step: OfferStepKey): boolean {
  return stepRefusal(state, step) === null;
}
