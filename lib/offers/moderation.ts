import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import type { TemplateProps } from "@/emails";
import { offerAttachments, offerRevisions, type Offer } from "@/db/schema";
import { getRegion } from "@/lib/core/geo/territories";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { getRegionSettings } from "@/lib/regions/settings";
import { contentOf, publishableContent } from "./content";
import { attachmentIdsOf, findOpenRevision, revisionContent } from "./revisions";
import { actorName, offerSpaceUrl, runTransition, structureUsersWith, type Actor } from "./transitions";
import { one } from "@/lib/core/rows";

/**
 * The ARS moderates one offer of its région, whoever validates there (docs/produit.md#moderation-dune-offre):
 * « Dépublier » (→ Caduque, with a reason) and « Renvoyer pour correction » a live offer, either
 * off the catalogue (→ Brouillon) or, with « laisser en ligne », kept public until the correction is
 * validated. Each is one `runTransition` of the workflow's table, like the structure's own actions;
 * the reason or comment goes to the history and to the structure's GESTIONNAIREs and VALIDEURs.
 * Before, freezing the whole structure was the only way to take one bad offer down.
 */

/** « Dépublier »: Caduque at once; the catalogue forgets it (runTransition expires its cache). */
export function unpublishOffer(actor: Actor, offerId: number, reason: string, today: string) {
  return runTransition({
    action: "unpublish",
    offerId,
    actor,
    today,
    comment: reason,
    // It comes back only through the ARS's validation (lib/offers/validation-mode.ts).
    set: () => ({ arsModeratedAt: new Date() }),
    summary: ({ offer }) => `${actorName(actor)} a dépublié l'offre « ${offer.name} ».`,
    after: async ({ tx, updated }) => {
      await emailManagers(tx, updated, "offer-unpublished", (base) => ({ ...base, reason }));
    },
  });
}

/**
 * « Renvoyer pour correction » a live offer. `keepOnline` (« laisser en ligne »): the offer stays as
 * published and a modification is opened, sent back with the comment, for the structure to correct
 * and send for validation. Otherwise the offer leaves the catalogue and is a draft again, holding
 * the modification the structure had in progress, if any (its latest words, to be corrected).
 */
export function sendBackLiveOffer(actor: Actor, offerId: number, comment: string, keepOnline: boolean, today: string) {
  let folded: { content: ReturnType<typeof publishableContent>; fileIds?: string[]; revisionId: string } | null = null;
  return runTransition({
    action: keepOnline ? "requestCorrection" : "recall",
    offerId,
    actor,
    today,
    comment,
    check: async ({ tx, offer }) => {
      const open = await findOpenRevision(tx, offer.id);
      if (keepOnline) return { revisionId: await sendBackRevisionFor(tx, offer, open?.id ?? null, actor, comment) };
      if (!open) return;
      folded = { content: publishableContent(revisionContent(offer, open)), fileIds: open.content.attachmentFileIds, revisionId: open.id };
      return { revisionId: open.id };
    },
    set: () => ({ ...(folded ? folded.content : {}), arsModeratedAt: new Date() }),
    summary: ({ offer }) =>
      keepOnline
        ? `${actorName(actor)} a demandé une correction de l'offre « ${offer.name} » (elle reste en ligne jusqu'à la validation de la correction).`
        : `${actorName(actor)} a renvoyé l'offre « ${offer.name} » pour correction (retirée du site public).`,
    after: async ({ tx, updated }) => {
      if (folded) {
        await tx
          .update(offerRevisions)
          .set({ state: "DISCARDED", comment, decidedAt: new Date(), decidedById: actor.id, updatedAt: new Date() })
          .where(eq(offerRevisions.id, folded.revisionId));
        if (folded.fileIds) {
          await tx.delete(offerAttachments).where(eq(offerAttachments.offerId, updated.id));
          if (folded.fileIds.length > 0)
            await tx.insert(offerAttachments).values(folded.fileIds.map((fileId, position) => ({ offerId: updated.id, fileId, position })));
        }
      }
      await emailManagers(tx, updated, "offer-correction-requested", (base) => ({ ...base, comment, keptOnline: keepOnline }));
    },
  });
}

/** The open modification sent back with the comment, or a new one made of the published content. */
async function sendBackRevisionFor(tx: Tx, offer: Offer, openId: string | null, actor: Actor, comment: string): Promise<string> {
  const decided = { state: "SENT_BACK" as const, comment, decidedAt: new Date(), decidedById: actor.id, updatedAt: new Date() };
  if (openId) {
    await tx.update(offerRevisions).set(decided).where(eq(offerRevisions.id, openId));
    return openId;
  }
  const created = one(
    await tx
      .insert(offerRevisions)
      .values({
        offerId: offer.id,
        content: { ...contentOf(offer), attachmentFileIds: await attachmentIdsOf(tx, offer.id) },
        // The offer's author is told when the correction is validated, as for a modification they wrote.
        authorId: offer.authorId,
        ...decided,
      })
      .returning({ id: offerRevisions.id }),
  );
  return created.id;
}

/** The structure's active GESTIONNAIREs and VALIDEURs, each once. */
async function offerManagers(tx: Tx, offer: Offer) {
  const managers = [...(await structureUsersWith(tx, offer.structureId, "GESTIONNAIRE")), ...(await structureUsersWith(tx, offer.structureId, "VALIDEUR"))];
  return [...new Map(managers.map((user) => [user.id, user])).values()];
}

/** What every moderation email says to one manager: who they are, which offer, and the ARS to write to. */
type ManagerEmailBase = { firstName: string; offerNumber: number; offerName: string; regionName: string; contactEmail: string | null; offerUrl: string };

/** One email per GESTIONNAIRE and VALIDEUR of the offer's structure, with the région's contact address. */
async function emailManagers<T extends "offer-unpublished" | "offer-correction-requested">(
  tx: Tx,
  offer: Offer,
  template: T,
  props: (base: ManagerEmailBase) => TemplateProps<T>,
) {
  const { contactEmail } = await getRegionSettings(offer.regionCode, tx);
  const regionName = getRegion(offer.regionCode)?.name ?? offer.regionCode;
  for (const recipient of await offerManagers(tx, offer)) {
    const base = { firstName: recipient.firstName, offerNumber: offer.id, offerName: offer.name, regionName, contactEmail, offerUrl: offerSpaceUrl(offer.id) };
    await enqueueEmail(tx, { template, props: props(base), to: recipient.email, regionCode: offer.regionCode });
  }
}
