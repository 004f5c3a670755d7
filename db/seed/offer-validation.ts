import { and, desc, eq, inArray, isNotNull, isNull } from "drizzle-orm";
import { activityLog, offerRevisions, offers, regionSettings, type OfferValidationMode } from "../schema";
import type { Tx } from "../client";
import type { RegionalAdmins } from "./accounts";

/** Grand Est moved to « par l'ARS » recently: the offers sent since wait for the ARS. */
export const GRAND_EST_OFFERS_WAITING_FOR_ARS = 2;

/**
 * « Validation des offres » of the demo régions (docs/produit.md#qui-valide, #donnees-de-demonstration):
 * Île-de-France keeps « par les valideurs de la structure »; Grand Est switched to « par l'ARS » just
 * before its two latest requests for validation, which wait in the ARS's « Offres à valider », while
 * the ones sent before stay with their structure's VALIDEURs (a change applies to what is sent
 * afterwards). Every other request was sent under the structures' rule. Writes the validation mode
 * only: the contact addresses are db/seed/region-settings.ts's, whichever runs first.
 */
export async function insertOfferValidation(tx: Tx, admins: RegionalAdmins): Promise<void> {
  await tx.update(offers).set({ validationMode: "STRUCTURE" }).where(isNotNull(offers.submittedAt));
  await tx.update(offerRevisions).set({ validationMode: "STRUCTURE" }).where(isNotNull(offerRevisions.submittedAt));

  const latest = await tx
    .select({ id: offers.id, submittedAt: offers.submittedAt })
    .from(offers)
    .where(and(eq(offers.regionCode, "44"), eq(offers.state, "PENDING"), isNull(offers.deletedAt), isNotNull(offers.submittedAt)))
    .orderBy(desc(offers.submittedAt), desc(offers.id))
    .limit(GRAND_EST_OFFERS_WAITING_FOR_ARS);
  if (latest.length < GRAND_EST_OFFERS_WAITING_FOR_ARS) throw new Error("Pas assez d'offres en attente dans le Grand Est pour la démonstration");
  await tx
    .update(offers)
    .set({ validationMode: "ARS" })
    .where(
      inArray(
        offers.id,
        latest.map((offer) => offer.id),
      ),
    );
  // The switch: a minute before the older of the two.
  const switchedAt = new Date(Math.min(...latest.map((offer) => offer.submittedAt?.getTime() ?? Date.now())) - 60_000);
  const rules: [keyof RegionalAdmins, OfferValidationMode][] = [
    ["11", "STRUCTURE"],
    ["44", "ARS"],
  ];
  for (const [regionCode, offerValidation] of rules) {
    const row = { offerValidation, updatedAt: switchedAt, updatedById: admins[regionCode].id };
    await tx
      .insert(regionSettings)
      .values({ regionCode, ...row })
      .onConflictDoUpdate({ target: regionSettings.regionCode, set: row });
  }
  const grandEst = admins["44"];
  await tx.insert(activityLog).values({
    actorId: grandEst.id,
    regionCode: "44",
    action: "region.settings_updated",
    subjectType: "region",
    subjectId: "44",
    summary: `${grandEst.firstName} ${grandEst.lastName} a modifié les paramètres de la région : validation des offres par l'ARS.`,
    details: { after: { offerValidation: "ARS" } },
    createdAt: switchedAt,
  });
}
