import { regionSettings } from "../schema";
import type { Tx } from "../client";

/**
 * « Adresse de contact de l'ARS » of the two demo régions (docs/produit.md#donnees-de-demonstration):
 * the sign-up email and the help pages give it. Demo addresses, never a real agency's.
 */
export const DEMO_CONTACT_EMAILS = { "11": "ars-idf-sses@demo.sses.fr", "44": "ars-grandest-sses@demo.sses.fr" } as const;

/**
 * Sets the contact address only: another part of the seed may already have written the région's
 * row (its offer validation mode), which this leaves as it is.
 */
export async function insertRegionContacts(tx: Tx): Promise<void> {
  for (const [regionCode, contactEmail] of Object.entries(DEMO_CONTACT_EMAILS)) {
    await tx.insert(regionSettings).values({ regionCode, contactEmail }).onConflictDoUpdate({ target: regionSettings.regionCode, set: { contactEmail } });
  }
}
