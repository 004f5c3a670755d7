import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { offerRevisions, type Offer, type OfferRevision, type OfferValidationMode } from "@/db/schema";
import { getRegionSettings } from "@/lib/regions/settings";
import { isLiveState } from "./visibility";

/**
 * Who validates an offer now (docs/produit.md#qui-valide), the `validatedBy` the workflow plans
 * with. What was sent for validation keeps the région's rule of the day it was sent
 * (`offers.validation_mode`, `offer_revisions.validation_mode`): changing the rule moves nothing
 * already waiting. Anything else (a draft, a live offer's modification not sent yet, a Caduque offer
 * to renew) would be sent under today's rule, `regionRule`, except an offer the ARS took down or sent
 * back (`arsModeratedAt`): it comes back through the ARS only, or its VALIDEUR could undo the ARS's decision.
 */
export function validatorOf(
  offer: Pick<Offer, "state" | "validationMode" | "arsModeratedAt">,
  revision: Pick<OfferRevision, "state" | "validationMode"> | null,
  regionRule: OfferValidationMode,
): OfferValidationMode {
  // Null: sent before the rule existed, when every structure validated its own offers.
  if (offer.state === "PENDING") return offer.validationMode ?? "STRUCTURE";
  if (isLiveState(offer.state) && revision?.state === "PENDING") return revision.validationMode ?? "STRUCTURE";
  return offer.arsModeratedAt ? "ARS" : regionRule;
}

/** `validatorOf` read from the database, inside the transaction that locked the offer. */
export async function readValidatedBy(tx: DbOrTx, offer: Offer): Promise<OfferValidationMode> {
  const [revision] = isLiveState(offer.state)
    ? await tx
        .select({ state: offerRevisions.state, validationMode: offerRevisions.validationMode })
        .from(offerRevisions)
        .where(and(eq(offerRevisions.offerId, offer.id), inArray(offerRevisions.state, ["DRAFT", "PENDING", "SENT_BACK"])))
        .orderBy(desc(offerRevisions.createdAt))
        .limit(1)
    : [];
  if (offer.state === "PENDING" || revision?.state === "PENDING" || offer.arsModeratedAt) return validatorOf(offer, revision ?? null, "STRUCTURE");
  return (await getRegionSettings(offer.regionCode, tx)).offerValidation;
}
