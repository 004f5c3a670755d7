import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { offerAttachments, offers, offerStatusHistory, type Offer } from "@/db/schema";
import { formatDateFr } from "@/lib/core/dates/paris";
import { AppError, fieldError, notFoundError } from "@/lib/core/errors";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { describeMissing, missingFieldErrors, missingFields } from "./completeness";
import { contentOf } from "./content";
import { attachmentIdsOf } from "./revisions";
import { NAME_MAX, PUBLICATION_ORDER_MESSAGE, PUBLICATION_PAST_MESSAGE } from "./schemas";
import { activeUser, actorName, quotedComment, logOfferActivity, offerSpaceUrl, runTransition, stateLabel, throwRefusal, type Actor } from "./transitions";
import { notifyValidators } from "./validation-notices";
import { planTransition } from "./workflow";
import { one } from "@/lib/core/rows";

/**
 * The offer's own transitions (docs/produit.md#transitions): ask for validation, validate, send back, stop, extend,
 * renew, delete, duplicate. Each is one call of `runTransition` with its checks and emails.
 */
function requireComplete(offer: Offer, today?: string) {
  const missing = missingFields(contentOf(offer), today);
  if (missing.length > 0) throw new AppError("INVALID", describeMissing(missing), missingFieldErrors(missing));
}

/**
 * « Demander la validation »: every required field of the four steps, then whoever validates in the
 * région (docs/produit.md#qui-valide) is emailed; that rule is fixed on the offer from now on.
 */
export function submitOffer(actor: Actor, offerId: number, today: string) {
  return runTransition({
    action: "submit",
    offerId,
    actor,
    today,
    check: ({ offer }) => requireComplete(offer, today),
    set: ({ validatedBy }) => ({ submittedAt: new Date(), validationMode: validatedBy }),
    summary: ({ offer }) => `${actor.displayName} a demandé la validation de l'offre « ${offer.name} ».`,
    after: ({ tx, updated, validatedBy }) => notifyValidators(tx, updated, actor, validatedBy),
  });
}

/** « Valider »: the state then follows the dates (Validée, Publiée or Caduque); the author is told. */
export function validateOffer(actor: Actor, offerId: number, today: string) {
  return runTransition({
    action: "validate",
    offerId,
    actor,
    today,
    // A start date that passed while the offer waited is fine: it is published at once (guide IDF).
    check: ({ offer }) => requireComplete(offer),
    // Validated (by the ARS if it had taken the offer down), the offer follows the région's rule again.
    set: () => ({ validatedAt: new Date(), validatedById: actor.id, arsModeratedAt: null }),
    summary: ({ offer, plan }) => `${actorName(actor)} a validé l'offre « ${offer.name} » (état : ${plan.to === "deleted" ? "" : stateLabel(plan.to)}).`,
    after: async ({ tx, updated }) => {
      const author = await activeUser(tx, updated.authorId, actor.id);
      if (!author) return;
      await enqueueEmail(tx, {
        template: "offer-validated",
        to: author.email,
        props: { offerNumber: updated.id, offerName: updated.name, stateLabel: stateLabel(updated.state), offerUrl: offerSpaceUrl(updated.id) },
        regionCode: updated.regionCode,
      });
    },
  });
}

/** « Renvoyer pour correction »: back to Brouillon, the author receives the comment. */
export function sendBackOffer(actor: Actor, offerId: number, comment: string, today: string) {
  return runTransition({
    action: "sendBack",
    offerId,
    actor,
    today,
    comment,
    summary: ({ offer }) => `${actorName(actor)} a renvoyé l'offre « ${offer.name} » pour correction : ${quotedComment(comment)}`,
    after: async ({ tx, updated }) => {
      const author = await activeUser(tx, updated.authorId, actor.id);
      if (!author) return;
      await enqueueEmail(tx, {
        template: "offer-sent-back",
        to: author.email,
        props: { offerNumber: updated.id, offerName: updated.name, validatorName: actorName(actor), comment, offerUrl: offerSpaceUrl(updated.id) },
        regionCode: updated.regionCode,
      });
    },
  });
}

/** « Arrêter la publication »: Caduque at once, nothing deleted (guide IDF). */
export function stopPublication(actor: Actor, offerId: number, today: string) {
  return runTransition({
    action: "stop",
    offerId,
    actor,
    today,
    summary: ({ offer }) => `${actor.displayName} a arrêté la publication de l'offre « ${offer.name} ».`,
  });
}

/** « Prolonger »: a later end date; the state follows the dates. */
export function extendPublication(actor: Actor, offerId: number, publicationEnd: string, today: string) {
  return runTransition({
    action: "extend",
    offerId,
    actor,
    today,
    dates: { publicationEnd },
    check: ({ offer }) => {
      if (publicationEnd < today) throw fieldError("publicationEnd", "La nouvelle date de fin ne peut pas être passée");
      if (offer.publicationEnd && publicationEnd <= offer.publicationEnd)
        throw fieldError("publicationEnd", "La nouvelle date de fin doit être postérieure à la date de fin actuelle");
      if (offer.publicationStart && publicationEnd <= offer.publicationStart) throw fieldError("publicationEnd", PUBLICATION_ORDER_MESSAGE);
    },
    comment: `Nouvelle date de fin de publication : ${formatDateFr(publicationEnd)}`,
    summary: ({ offer }) => `${actor.displayName} a prolongé la publication de l'offre « ${offer.name} » jusqu'au ${formatDateFr(publicationEnd)}.`,
  });
}

export const START_REACHED_MESSAGE = "L'offre est déjà publiée : sa date de début ne se modifie plus";
export const END_PAST_MESSAGE = "La date de fin de publication ne peut pas être passée";
const UNCHANGED_MESSAGE = "Ces dates sont déjà celles de l'offre : rien à modifier.";

/**
 * « Modifier les dates » of a Validée / Publiée offer (guide IDF « Les dates sont modifiables même pendant la publication »),
 * without a revision: a start still to come moves (not before today), a start already reached stays; the end moves earlier
 * (not before today) or later. The dates then decide the state at once, the change is in the history with the old dates,
 * and runTransition expires the catalogue's cache.
 */
export function changePublicationDates(actor: Actor, offerId: number, dates: { publicationStart: string; publicationEnd: string }, today: string) {
  const after = `du ${formatDateFr(dates.publicationStart)} au ${formatDateFr(dates.publicationEnd)}`;
  return runTransition({
    action: "changeDates",
    offerId,
    actor,
    today,
    dates,
    check: ({ offer }) => {
      const startReached = offer.publicationStart !== null && offer.publicationStart <= today;
      if (startReached && dates.publicationStart !== offer.publicationStart) throw fieldError("publicationStart", START_REACHED_MESSAGE);
      if (!startReached && dates.publicationStart < today) throw fieldError("publicationStart", PUBLICATION_PAST_MESSAGE);
      if (dates.publicationEnd < today) throw fieldError("publicationEnd", END_PAST_MESSAGE);
      if (dates.publicationEnd <= dates.publicationStart) throw fieldError("publicationEnd", PUBLICATION_ORDER_MESSAGE);
      if (dates.publicationStart === offer.publicationStart && dates.publicationEnd === offer.publicationEnd) throw new AppError("INVALID", UNCHANGED_MESSAGE);
    },
    comment: ({ offer }) =>
      `Nouvelles dates de publication : ${after}` +
      (offer.publicationStart && offer.publicationEnd ? ` (avant : du ${formatDateFr(offer.publicationStart)} au ${formatDateFr(offer.publicationEnd)})` : ""),
    summary: ({ offer }) => `${actor.displayName} a modifié les dates de publication de l'offre « ${offer.name} » : ${after}.`,
  });
}

/**
 * « Renouveler » a Caduque offer with new dates: published again directly by a VALIDEUR where the
 * structure validates, waiting for validation otherwise (whoever validates is emailed), as when the
 * offer was first submitted.
 */
export function renewPublication(actor: Actor, offerId: number, dates: { publicationStart: string; publicationEnd: string }, today: string) {
  return runTransition({
    action: "renew",
    offerId,
    actor,
    today,
    dates,
    check: ({ offer }) => {
      if (dates.publicationStart < today) throw fieldError("publicationStart", PUBLICATION_PAST_MESSAGE);
      if (dates.publicationEnd <= dates.publicationStart) throw fieldError("publicationEnd", PUBLICATION_ORDER_MESSAGE);
      requireComplete({ ...offer, ...dates });
    },
    set: ({ plan, validatedBy }) =>
      plan.to === "PENDING" ? { submittedAt: new Date(), validationMode: validatedBy } : { validatedAt: new Date(), validatedById: actor.id },
    comment: `Nouvelles dates de publication : du ${formatDateFr(dates.publicationStart)} au ${formatDateFr(dates.publicationEnd)}`,
    summary: ({ offer }) => `${actor.displayName} a renouvelé la publication de l'offre « ${offer.name} ».`,
    after: async ({ tx, updated, plan, validatedBy }) => {
      if (plan.to === "PENDING") await notifyValidators(tx, updated, actor, validatedBy);
    },
  });
}

/** Soft deletion (docs/produit.md#suppression-et-historique: recoverable by an admin); a GESTIONNAIRE deletes drafts only. */
export function deleteOffer(actor: Actor, offerId: number, today: string) {
  return runTransition({
    action: "delete",
    offerId,
    actor,
    today,
    summary: ({ offer }) => `${actor.displayName} a supprimé l'offre « ${offer.name} ».`,
  });
}

/** « Dupliquer »: a new draft with the same content and documents, without publication dates. */
export async function duplicateOffer(actor: Actor, offerId: number, today: string): Promise<{ offerId: number }> {
  return db.transaction(async (tx) => {
    const [source] = actor.structureId
      ? await tx
          .select()
          .from(offers)
          .where(and(eq(offers.id, offerId), eq(offers.structureId, actor.structureId), isNull(offers.deletedAt)))
          .limit(1)
      : [];
    const plan = planTransition("duplicate", source ?? null, actor, today);
    if (!plan.ok) throwRefusal(plan);
    if (!source) throw notFoundError("Cette offre");
    const name = `Copie de ${source.name}`.slice(0, NAME_MAX);
    const copy = one(
      await tx
        .insert(offers)
        .values({
          ...contentOf(source),
          name,
          publicationStart: null,
          publicationEnd: null,
          structureId: source.structureId,
          state: "DRAFT",
          authorId: actor.id,
        })
        .returning(),
    );
    const fileIds = await attachmentIdsOf(tx, source.id);
    if (fileIds.length > 0) await tx.insert(offerAttachments).values(fileIds.map((fileId, position) => ({ offerId: copy.id, fileId, position })));
    await tx.insert(offerStatusHistory).values({
      offerId: copy.id,
      fromState: null,
      toState: "DRAFT",
      actorId: actor.id,
      action: "create",
      comment: `Copie de l'offre n° ${source.id}`,
    });
    await logOfferActivity(tx, {
      offer: copy,
      actor,
      verb: "duplicated",
      summary: `${actor.displayName} a dupliqué l'offre « ${source.name} » (nouvelle offre n° ${copy.id}).`,
      to: "DRAFT",
    });
    return { offerId: copy.id };
  });
}
