"use server";

import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { offers } from "@/db/schema";
import { defineAction } from "@/lib/core/actions/define-action";
import type { SessionUser } from "@/lib/core/auth/session";
import { today } from "@/lib/core/dates/clock";
import { sendBackOffer, validateOffer } from "@/lib/offers/lifecycle";
import { sendBackLiveOffer, unpublishOffer } from "@/lib/offers/moderation";
import { findOpenRevision, sendBackRevision, validateRevision } from "@/lib/offers/revisions";
import { offerRefSchema, sendBackSchema } from "@/lib/offers/schemas";
import { editMode } from "@/lib/offers/workflow";
import { restoreOffer } from "./restore";
import { restoreOfferSchema, sendBackLiveOfferSchema, unpublishOfferSchema } from "./schemas";

/**
 * The regional admin's writes on one offer of the région. Each operation re-reads and locks the
 * offer within the admin's région (another région's → not found) and asks the workflow
 * (lib/offers/workflow.ts), the same table the structures' own actions go through.
 * lib/offers/admin/region-actions.integration.test.ts fails if an action here has no entry in its matrix.
 */
function refresh(offerId?: number) {
  revalidatePath("/admin", "layout");
  if (offerId) revalidatePath(`/admin/offres/${offerId}`);
  // The structure sees its offer change in its space.
  revalidatePath("/espace", "layout");
}

/** « Restaurer l'offre »: a regional admin takes a soft-deleted offer of the région out of the bin. */
export const restoreOfferAction = defineAction({
  access: "regionOffers.restore",
  schema: restoreOfferSchema,
  handler: async ({ offerId }, { user }) => {
    const result = await restoreOffer(user, offerId, today());
    refresh(offerId);
    return { state: result.to };
  },
});

/** Whether the ARS's decision is about the modification of a live offer (the operation itself re-checks). */
async function isRevision(user: SessionUser, offerId: number): Promise<boolean> {
  if (!user.regionCode) return false;
  const [offer] = await db
    .select({ state: offers.state })
    .from(offers)
    .where(and(eq(offers.id, offerId), eq(offers.regionCode, user.regionCode), isNull(offers.deletedAt)))
    .limit(1);
  return offer !== undefined && editMode(offer.state) === "revision" && (await findOpenRevision(db, offerId)) !== null;
}

/** « Valider » under « par l'ARS » (docs/produit.md#qui-valide): the offer, or the modification of a live one. */
export const validateRegionOfferAction = defineAction({
  access: "regionOffers.validate",
  schema: offerRefSchema,
  handler: async ({ offerId }, { user }) => {
    const result = (await isRevision(user, offerId)) ? await validateRevision(user, offerId, today()) : await validateOffer(user, offerId, today());
    refresh(offerId);
    return { state: result.to };
  },
});

/** « Renvoyer pour correction » what was sent to the ARS, with the comment its author receives. */
export const sendBackRegionOfferAction = defineAction({
  access: "regionOffers.validate",
  schema: sendBackSchema,
  handler: async ({ offerId, comment }, { user }) => {
    const result = (await isRevision(user, offerId))
      ? await sendBackRevision(user, offerId, comment, today())
      : await sendBackOffer(user, offerId, comment, today());
    refresh(offerId);
    return { state: result.to };
  },
});

/** « Dépublier » one offer, in every région (docs/produit.md#moderation-dune-offre). */
export const unpublishOfferAction = defineAction({
  access: "regionOffers.moderate",
  schema: unpublishOfferSchema,
  handler: async ({ offerId, reason }, { user }) => {
    const result = await unpublishOffer(user, offerId, reason, today());
    refresh(offerId);
    return { state: result.to };
  },
});

/** « Renvoyer pour correction » a live offer, taken off the catalogue unless « laisser en ligne » is ticked. */
export const sendBackLiveOfferAction = defineAction({
  access: "regionOffers.moderate",
  schema: sendBackLiveOfferSchema,
  handler: async ({ offerId, comment, keepOnline }, { user }) => {
    const result = await sendBackLiveOffer(user, offerId, comment, keepOnline, today());
    refresh(offerId);
    return { state: result.to };
  },
});
