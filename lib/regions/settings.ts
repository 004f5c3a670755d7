import { eq } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { regionSettings, type OfferValidationMode } from "@/db/schema";

/** « Paramètres de la région » as every rule reads them: the stored row, or the defaults. */
export type RegionSettings = {
  regionCode: string;
  offerValidation: OfferValidationMode;
  /** « Adresse de contact de l'ARS », null until an admin of the région gives it. */
  contactEmail: string | null;
};

export const DEFAULT_OFFER_VALIDATION: OfferValidationMode = "STRUCTURE";

export async function getRegionSettings(regionCode: string, tx: DbOrTx = db): Promise<RegionSettings> {
  const [row] = await tx
    .select({ offerValidation: regionSettings.offerValidation, contactEmail: regionSettings.contactEmail })
    .from(regionSettings)
    .where(eq(regionSettings.regionCode, regionCode))
    .limit(1);
  return { regionCode, offerValidation: row?.offerValidation ?? DEFAULT_OFFER_VALIDATION, contactEmail: row?.contactEmail ?? null };
}

/** The « Adresse de contact de l'ARS » of every région that gave one, by région code (« Aucun compte n'est associé », docs/produit.md#identites-externes). */
export async function listRegionContacts(tx: DbOrTx = db): Promise<{ regionCode: string; contactEmail: string }[]> {
  const rows = await tx.select({ regionCode: regionSettings.regionCode, contactEmail: regionSettings.contactEmail }).from(regionSettings);
  return rows.flatMap((row) => (row.contactEmail ? [{ regionCode: row.regionCode, contactEmail: row.contactEmail }] : []));
}
