import type { ActionFailure } from "@/lib/core/actions/result";
import type { OfferStepKey } from "@/lib/offers/schemas";

/** Where a click leads once the step is saved: stay, another step, or a workflow action. */
export type WizardTarget = "stay" | 1 | 2 | 3 | 4 | "submit" | "validate";

/** Saves `values` of `step` then goes to `target`; answers the server's refusal, if any, for the step's fields. */
export type RunStep = (step: OfferStepKey, values: unknown, target: WizardTarget) => Promise<ActionFailure | undefined>;

export type WizardCapabilities = {
  /** The offer exists (false on « Créer une offre » until the first save). */
  exists: boolean;
  mode: "new" | "direct" | "revision";
  canSubmit: boolean;
  canValidate: boolean;
  /** « Supprimer » the draft from any step (guide IDF « Supprimer l'offre en cours de création »). */
  canDelete: boolean;
  /** Publication dates are set here (not for a live offer's revision, nor a Caduque offer: « Renouveler »). */
  datesEditable: boolean;
  saveLabel: string;
  /** Who « Demander la validation » sends it to (docs/produit.md#qui-valide). */
  validatedBy: "STRUCTURE" | "ARS";
  /** The person on the page wrote the offer (or the modification): validating it is validating one's own work, confirmed first. */
  ownWork: boolean;
};
