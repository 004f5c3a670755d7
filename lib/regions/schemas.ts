import { z } from "zod";
import type { OfferValidationMode } from "@/db/schema";
import { optionalEmailSchema } from "@/lib/core/validation/common";

/** « Validation des offres », as the page says it (docs/produit.md#qui-valide). */
export const OFFER_VALIDATION_LABELS: Record<OfferValidationMode, string> = {
  STRUCTURE: "par les valideurs de la structure",
  ARS: "par l'ARS",
};

export const OFFER_VALIDATION_MESSAGE = "Choisissez qui valide les offres de la région";

/** « Paramètres de la région »: the form and the action read the same schema. Client-safe. */
export const regionSettingsSchema = z.object({
  offerValidation: z.enum(["STRUCTURE", "ARS"], { error: OFFER_VALIDATION_MESSAGE }),
  contactEmail: optionalEmailSchema,
});
export type RegionSettingsInput = z.input<typeof regionSettingsSchema>;
