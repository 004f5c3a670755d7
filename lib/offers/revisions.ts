import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx, Tx } from "@/db/client";
import { offerAttachments, offerRevisions, type Offer, type OfferContent, type OfferRevision } from "@/db/schema";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { AppError } from "@/lib/core/errors";
import { describeMissing, missingFieldErrors, missingFields } from "./completeness";
import { contentOf, mergeContent, publishableContent, type FullContent } from "./content";
import {
  activeUser,
  actorName,
  quotedComment,
  logOfferActivity,
  offerSpaceUrl,
  runTransition,
  stateLabel,
  type Actor,
  type TransitionContext,
} from "./transitions";
import { notifyValidators } from "./validation-notices";
import { one } from "@/lib/core/rows";

/**
 * Editing the content of a Validée / Publiée offer creates a revision that needs validation again;
 * until it is validated the public keeps seeing the published version (docs/produit.md#revisions). The
 * `offers` row stays the published content; the proposal lives in `offer_revisions.content`, with
 * its own little cycle DRAFT → PENDING → ACCEPTED (copied into the offer) or SENT_BACK (→ edited,
 * DRAFT again) or DISCARDED. At most one open revision per offer.
 */
export const OPEN_REVISION_STATES = ["DRAFT", "PENDING", "SENT_BACK"] as const;

export async function findOpenRevision(tx: DbOrTx, offerId: number): Promise<OfferRevision | null> {
  const [revision] = await tx
    .select()
    .from(offerRevisions)
    .where(and(eq(offerRevisions.offerId, offerId), inArray(offerRevisions.state, [...OPEN_REVISION_STATES])))
    .orderBy(desc(offerRevisions.createdAt))
    .limit(1);
  return revision ?? null;
}

export async function attachmentIdsOf(tx: DbOrTx, offerId: number): Promise<string[]> {
  const rows = await tx
    .select({ fileId: offerAttachments.fileId })
    .from(offerAttachments)
    .where(eq(offerAttachments.offerId, offerId))
    .orderBy(asc(offerAttachments.position));
  return rows.map((row) => row.fileId);
}

/** The revision's full content: the proposal over the published row. */
export function revisionContent(offer: Offer, revision: OfferRevision): FullContent {
  return mergeContent(contentOf(offer), revision.content);
}

/** Saves a step of a live offer into its open revision, creating it from the published content. */
export async function saveRevisionContent(
  tx: Tx,
  offer: Offer,
  actor: Actor,
  columns: Partial<FullContent>,
  attachmentFileIds?: string[],
): Promise<OfferRevision> {
  const open = await findOpenRevision(tx, offer.id);
  if (open) {
    const content: OfferContent = {
      ...revisionContent(offer, open),
      ...columns,
      attachmentFileIds: attachmentFileIds ?? open.content.attachmentFileIds ?? (await attachmentIdsOf(tx, offer.id)),
    };
    // A revision sent back for correction is a draft again as soon as it is corrected.
    const state = open.state === "SENT_BACK" ? "DRAFT" : open.state;
    const updated = one(await tx.update(offerRevisions).set({ content, state, updatedAt: new Date() }).where(eq(offerRevisions.id, open.id)).returning());
    return updated;
  }
  const content: OfferContent = { ...contentOf(offer), ...columns, attachmentFileIds: attachmentFileIds ?? (await attachmentIdsOf(tx, offer.id)) };
  const created = one(await tx.insert(offerRevisions).values({ offerId: offer.id, state: "DRAFT", content, authorId: actor.id }).returning());
  await logOfferActivity(tx, {
    offer,
    actor,
    verb: "revision_started",
    summary: `${actor.displayName} a commencé une modification de l'offre « ${offer.name} » (la version publiée reste visible).`,
    from: offer.state,
    to: offer.state,
  });
  return created;
}

async function requireOpenRevision(context: TransitionContext, states: readonly OfferRevision["state"][], message: string): Promise<OfferRevision> {
  const revision = await findOpenRevision(context.tx, context.offer.id);
  if (!revision || !states.includes(revision.state)) throw new AppError("CONFLICT", message);
  return revision;
}

function requireComplete(content: FullContent, today?: string) {
  const missing = missingFields(content, today);
  if (missing.length > 0) throw new AppError("INVALID", describeMissing(missing), missingFieldErrors(missing));
}

export async function submitRevision(actor: Actor, offerId: number, today: string) {
  let revision: OfferRevision | undefined;
  return runTransition({
    action: "submitRevision",
    offerId,
    actor,
    today,
    check: async (context) => {
      revision = await requireOpenRevision(context, ["DRAFT", "SENT_BACK"], "Aucune modification à envoyer en validation pour cette offre.");
      requireComplete(revisionContent(context.offer, revision));
      return { revisionId: revision.id };
    },
    summary: ({ offer }) => `${actor.displayName} a demandé la validation d'une modification de l'offre « ${offer.name} ».`,
    after: async ({ tx, offer, validatedBy }) => {
      if (!revision) return;
      // Who validates it is fixed now (docs/produit.md#qui-valide), as for an offer.
      await tx
        .update(offerRevisions)
        .set({ state: "PENDING", submittedAt: new Date(), validationMode: validatedBy, updatedAt: new Date() })
        .where(eq(offerRevisions.id, revision.id));
      await notifyValidators(tx, offer, actor, validatedBy, { offerName: revision.content.name ?? offer.name, revision: true });
    },
  });
}

/** Copies the proposal into the published row (version + 1): the public sees it at once. */
export async function validateRevision(actor: Actor, offerId: number, today: string) {
  let revision: OfferRevision | undefined;
  let content: FullContent | undefined;
  return runTransition({
    action: "validateRevision",
    offerId,
    actor,
    today,
    check: async (context) => {
      // A VALIDEUR may validate the modification at once, as « Valider » a draft; the ARS validates what was sent to it.
      const states = context.actor.kind === "REGIONAL_ADMIN" ? (["PENDING"] as const) : (["DRAFT", "PENDING"] as const);
      revision = await requireOpenRevision(context, states, "Aucune modification à valider pour cette offre.");
      content = revisionContent(context.offer, revision);
      requireComplete({ ...content, publicationStart: context.offer.publicationStart, publicationEnd: context.offer.publicationEnd });
      return { revisionId: revision.id };
    },
    set: ({ offer }) => ({
      ...(content ? publishableContent(content) : {}),
      version: offer.version + 1,
      validatedAt: new Date(),
      validatedById: actor.id,
      arsModeratedAt: null,
    }),
    summary: ({ offer }) => `${actorName(actor)} a validé la modification de l'offre « ${offer.name} ».`,
    after: async ({ tx, updated }) => {
      if (!revision) return;
      await tx
        .update(offerRevisions)
        .set({ state: "ACCEPTED", decidedAt: new Date(), decidedById: actor.id, updatedAt: new Date() })
        .where(eq(offerRevisions.id, revision.id));
      const fileIds = revision.content.attachmentFileIds;
      if (fileIds) {
        await tx.delete(offerAttachments).where(eq(offerAttachments.offerId, updated.id));
        if (fileIds.length > 0) await tx.insert(offerAttachments).values(fileIds.map((fileId, position) => ({ offerId: updated.id, fileId, position })));
      }
      const author = await activeUser(tx, revision.authorId, actor.id);
      if (author) {
        await enqueueEmail(tx, {
          template: "offer-validated",
          to: author.email,
          props: { offerNumber: updated.id, offerName: updated.name, stateLabel: stateLabel(updated.state), offerUrl: offerSpaceUrl(updated.id) },
          regionCode: updated.regionCode,
        });
      }
    },
  });
}

export async function sendBackRevision(actor: Actor, offerId: number, comment: string, today: string) {
  let revision: OfferRevision | undefined;
  return runTransition({
    action: "sendBackRevision",
    offerId,
    actor,
    today,
    comment,
    check: async (context) => {
      revision = await requireOpenRevision(context, ["PENDING"], "Aucune modification en attente de validation pour cette offre.");
      return { revisionId: revision.id };
    },
    summary: ({ offer }) => `${actorName(actor)} a renvoyé la modification de l'offre « ${offer.name} » pour correction : ${quotedComment(comment)}`,
    after: async ({ tx, offer }) => {
      if (!revision) return;
      await tx
        .update(offerRevisions)
        .set({ state: "SENT_BACK", comment, decidedAt: new Date(), decidedById: actor.id, updatedAt: new Date() })
        .where(eq(offerRevisions.id, revision.id));
      const author = await activeUser(tx, revision.authorId, actor.id);
      if (author) {
        await enqueueEmail(tx, {
          template: "offer-sent-back",
          to: author.email,
          props: {
            offerNumber: offer.id,
            offerName: revision.content.name ?? offer.name,
            validatorName: actorName(actor),
            comment,
            offerUrl: offerSpaceUrl(offer.id),
          },
          regionCode: offer.regionCode,
        });
      }
    },
  });
}

/** « Abandonner la modification »: the published version stays as it is. */
export async function discardRevision(actor: Actor, offerId: number, today: string) {
  let revision: OfferRevision | undefined;
  return runTransition({
    action: "discardRevision",
    offerId,
    actor,
    today,
    check: async (context) => {
      revision = await requireOpenRevision(context, OPEN_REVISION_STATES, "Aucune modification en cours pour cette offre.");
      return { revisionId: revision.id };
    },
    summary: ({ offer }) => `${actor.displayName} a abandonné la modification de l'offre « ${offer.name} ».`,
    after: async ({ tx }) => {
      if (revision)
        await tx
          .update(offerRevisions)
          .set({ state: "DISCARDED", decidedAt: new Date(), decidedById: actor.id, updatedAt: new Date() })
          .where(eq(offerRevisions.id, revision.id));
    },
  });
}
