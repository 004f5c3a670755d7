import { z } from "zod";
import { signupStepOneRequestSchema } from "@/lib/signups/schemas";
import { checkboxSchema } from "@/lib/users/schemas";

/**
 * « Mon compte offreur » (docs/produit.md#espace-offreur, guide IDF): every field of sign-up step 1, with the very schema of
 * the sign-up (lib/signups/schemas.ts), a replacement logo, and « Retirer le logo » for a structure
 * that no longer wants one. Client-safe.
 */
export const structureAccountSchema = signupStepOneRequestSchema.extend({ removeLogo: checkboxSchema });
export type StructureAccountValues = z.output<typeof structureAccountSchema>;

export function otherRegionMessage(regionName: string | undefined): string {
  const region = regionName ? ` (${regionName})` : "";
  return `Choisissez une commune de la région de votre structure${region} : pour changer de région, contactez l'administrateur régional de l'ARS.`;
}
