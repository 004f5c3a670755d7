import "server-only";
import { and, eq, isNotNull } from "drizzle-orm";
import { db } from "@/db/client";
import { offers, offerStatusHistory, type Offer, type OfferState } from "@/db/schema";
import { expireOfferCache } from "@/lib/offers/catalogue/cache";
import { AppError, notFoundError } from "@/lib/core/errors";
import { CONFLICT_MESSAGE, logOfferActivity, stateLabel, throwRefusal, type Actor } from "@/lib/offers/transitions";
import { isLiveState } from "@/lib/offers/visibility";
import { planTransition } from "@/lib/offers/workflow";

/**
 * « Restaurer l'offre » (docs/produit.md#suppression-et-historique: deletions are soft, recoverable by an admin). The offer is read
 * for update within the admin's région (another région's → not found), the workflow plans the
 * state (the one it was deleted in; a live one catches up with its dates), and the update, the
 * history row and the activity row are written in one transaction. The public cache is expired
 * after the commit when the offer can be seen again.
 */
export async function restoreOffer(actor: Actor, offerId: number, today: string): Promise<{ offer: Offer; from: OfferState; to: OfferState }> {
  const result = await db.transaction(async (tx) => {
    const [offer] = actor.regionCode
      ? await tx
          .select()
          .from(offers)
          .where(and(eq(offers.id, offerId), eq(offers.regionCode, actor.regionCode)))
          .for("update")
          .limit(1)
      : [];
    const plan = planTransition("restore", offer ?? null, actor, today);
    if (!plan.ok) throwRefusal(plan);
    if (!offer) throw notFoundError("Cette offre");
    const to = plan.to === "deleted" ? plan.from : plan.to;
    const [updated] = await tx
      .update(offers)
      .set({ state: to, deletedAt: null, deletedById: null, updatedAt: new Date() })
      .where(and(eq(offers.id, offer.id), eq(offers.state, plan.from), isNotNull(offers.deletedAt)))
      .returning();
    if (!updated) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    const comment = to === plan.from ? null : `Dates de publication passées pendant la suppression : ${stateLabel(to)}`;
    await tx.insert(offerStatusHistory).values({ offerId: offer.id, fromState: plan.from, toState: to, actorId: actor.id, action: "restore", comment });
    await logOfferActivity(tx, {
      offer: updated,
      actor,
      verb: "restored",
      summary: `${actor.displayName} (administration régionale) a restauré l'offre « ${offer.name} » (état : ${stateLabel(to)}).`,
      from: plan.from,
      to,
      comment,
    });
    return { offer: updated, from: plan.from, to };
  });
  if (isLiveState(result.to)) expireOfferCache(result.offer.id);
  return result;
}
