import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { offers, offerStatusHistory, users, type NewOffer, type Offer, type OfferState, type OfferValidationMode, type Permission } from "@/db/schema";
import { recordActivity, type OfferActivityVerb } from "@/lib/core/activity/record";
import type { SessionUser } from "@/lib/core/auth/session";
import { expireOfferCache } from "@/lib/offers/catalogue/cache";
import { appUrl } from "@/lib/core/env";
import { AppError, notFoundError } from "@/lib/core/errors";
import { OFFER_STATE_LABELS } from "./labels";
import { readValidatedBy } from "./validation-mode";
import { isLiveState } from "./visibility";
import { planTransition, type Plan, type WorkflowAction } from "./workflow";

/**
 * Applies a planned transition (lib/offers/workflow.ts) in one transaction: the offer is read for
 * update within the caller's structure (a forged id finds nothing → not found), the update is
 * guarded by the state it was planned from, and the history row, the activity row and the outbox
 * emails are written in the same transaction. The public cache is expired after the commit when
 * the offer was or becomes visible.
 */
export type Actor = Pick<SessionUser, "id" | "kind" | "permissions" | "structureId" | "regionCode" | "displayName">;

export type TransitionContext = {
  tx: Tx;
  offer: Offer;
  plan: Plan;
  actor: Actor;
  today: string;
  revisionId: string | null;
  /** Who validates the offer now (lib/offers/validation-mode.ts): what a request for validation records. */
  validatedBy: OfferValidationMode;
};

/** The actions applied through `runTransition` (edit, duplicate and restore write their own rows). */
export type TransitionAction = Exclude<WorkflowAction, "edit" | "duplicate" | "restore">;

/**
 * What each action stores: `offer_status_history.action` (the words the history's labels and the
 * demo data read) and the verb of its `activity_log.action`, `offer.<verb>`.
 */
const STORED_WORDS: Record<TransitionAction, { history: string; verb: OfferActivityVerb }> = {
  submit: { history: "submit", verb: "submitted" },
  validate: { history: "validate", verb: "validated" },
  sendBack: { history: "send_back", verb: "sent_back" },
  stop: { history: "stop", verb: "stopped" },
  extend: { history: "extend", verb: "extended" },
  changeDates: { history: "change_dates", verb: "dates_changed" },
  renew: { history: "renew", verb: "renewed" },
  delete: { history: "delete", verb: "deleted" },
  submitRevision: { history: "submit_revision", verb: "revision_submitted" },
  validateRevision: { history: "validate_revision", verb: "revision_validated" },
  sendBackRevision: { history: "send_back_revision", verb: "revision_sent_back" },
  discardRevision: { history: "discard_revision", verb: "revision_discarded" },
  // The ARS's moderation of one offer (lib/offers/moderation.ts).
  unpublish: { history: "unpublish", verb: "unpublished" },
  recall: { history: "recall", verb: "recalled" },
  requestCorrection: { history: "request_correction", verb: "correction_requested" },
};

export type TransitionSpec = {
  action: TransitionAction;
  offerId: number;
  actor: Actor;
  today: string;
  /** For the history and the activity; a function when it needs the offer as it was (read after the checks). */
  comment?: string | null | ((context: TransitionContext) => string | null);
  /** Dates the action sets (renew, extend): the target state is planned with them. */
  dates?: { publicationStart?: string; publicationEnd?: string };
  /**
   * Checks that need the row (completeness, the open revision…); throw an AppError to refuse and
   * nothing is written. May name the revision concerned, for the history row.
   */
  check?: (context: TransitionContext) => Promise<{ revisionId?: string } | void> | { revisionId?: string } | void;
  /** Columns to set besides the state. */
  set?: (context: TransitionContext) => Partial<NewOffer>;
  /** Emails and other rows, inside the transaction, after the update. */
  after?: (context: TransitionContext & { updated: Offer }) => Promise<void>;
  summary: (context: TransitionContext) => string;
};

export const CONFLICT_MESSAGE = "Cette offre vient d'être modifiée par quelqu'un d'autre : rechargez la page.";

/**
 * The offer, locked, if it is not deleted and belongs to the actor's structure, or for a regional
 * admin to the admin's région (the région of its address, as everywhere in /admin).
 */
export async function lockOffer(tx: Tx, offerId: number, actor: Actor): Promise<Offer | null> {
  const scope =
    actor.kind === "REGIONAL_ADMIN"
      ? actor.regionCode && eq(offers.regionCode, actor.regionCode)
      : actor.kind === "OFFERER" && actor.structureId && eq(offers.structureId, actor.structureId);
  if (!scope) return null;
  const [offer] = await tx
    .select()
    .from(offers)
    .where(and(eq(offers.id, offerId), scope, isNull(offers.deletedAt)))
    .for("update")
    .limit(1);
  return offer ?? null;
}

export function throwRefusal(plan: Exclude<ReturnType<typeof planTransition>, Plan>): never {
  throw new AppError(plan.code, plan.message);
}

export async function runTransition(spec: TransitionSpec): Promise<{ offer: Offer; from: OfferState; to: OfferState | "deleted" }> {
  const result = await db.transaction(async (tx) => {
    const offer = await lockOffer(tx, spec.offerId, spec.actor);
    const validatedBy = offer ? await readValidatedBy(tx, offer) : "STRUCTURE";
    const planned = { ...(offer ?? { state: "DRAFT" as const, publicationStart: null, publicationEnd: null }), ...spec.dates, validatedBy };
    const plan = planTransition(spec.action, offer ? planned : null, spec.actor, spec.today);
    if (!plan.ok) throwRefusal(plan);
    if (!offer) throw notFoundError("Cette offre");
    const context: TransitionContext = { tx, offer, plan, actor: spec.actor, today: spec.today, revisionId: null, validatedBy };
    const checked = await spec.check?.(context);
    context.revisionId = checked?.revisionId ?? null;
    const comment = typeof spec.comment === "function" ? spec.comment(context) : (spec.comment ?? null);

    const now = new Date();
    const values: Partial<NewOffer> = { ...spec.dates, ...spec.set?.(context), updatedAt: now };
    if (plan.to === "deleted") Object.assign(values, { deletedAt: now, deletedById: spec.actor.id });
    else values.state = plan.to;
    const [updated] = await tx
      .update(offers)
      .set(values)
      .where(and(eq(offers.id, offer.id), eq(offers.structureId, offer.structureId), eq(offers.state, plan.from), isNull(offers.deletedAt)))
      .returning();
    if (!updated) throw new AppError("CONFLICT", CONFLICT_MESSAGE);

    const toState = plan.to === "deleted" ? plan.from : plan.to;
    await tx.insert(offerStatusHistory).values({
      offerId: offer.id,
      revisionId: context.revisionId,
      fromState: plan.from,
      toState,
      actorId: spec.actor.id,
      action: STORED_WORDS[spec.action].history,
      comment,
    });
    await logOfferActivity(tx, {
      offer: updated,
      actor: spec.actor,
      verb: STORED_WORDS[spec.action].verb,
      summary: spec.summary(context),
      from: plan.from,
      to: toState,
      comment,
    });
    await spec.after?.({ ...context, updated });
    return { offer: updated, from: plan.from, to: plan.to };
  });
  if (isLiveState(result.from) || isLiveState(result.to)) expireOfferCache(result.offer.id);
  return result;
}

export async function logOfferActivity(
  tx: Tx,
  entry: {
    offer: Pick<Offer, "id" | "structureId" | "regionCode">;
    actor: Actor | null;
    verb: OfferActivityVerb;
    summary: string;
    from?: OfferState | null;
    to?: OfferState | null;
    comment?: string | null;
  },
): Promise<void> {
  await recordActivity(tx, {
    action: `offer.${entry.verb}`,
    subjectId: entry.offer.id,
    actorId: entry.actor?.id,
    structureId: entry.offer.structureId,
    regionCode: entry.offer.regionCode,
    summary: entry.summary,
    details: { offerId: entry.offer.id, fromState: entry.from ?? null, toState: entry.to ?? null, ...(entry.comment ? { comment: entry.comment } : {}) },
  });
}

/** Active users of a structure holding a permission (the VALIDEURs to warn, the GESTIONNAIREs to remind). */
export async function structureUsersWith(tx: Tx, structureId: string, permission: Permission, exceptUserId?: string) {
  const rows = await tx
    .select({ id: users.id, email: users.email, firstName: users.firstName })
    .from(users)
    .where(and(eq(users.structureId, structureId), isNull(users.frozenAt), sql`${permission}::permission = any(${users.permissions})`));
  return rows.filter((row) => row.id !== exceptUserId);
}

/** The author to notify, if still active and not the one acting. */
export async function activeUser(tx: Tx, userId: string | null, exceptUserId?: string) {
  if (!userId || userId === exceptUserId) return null;
  const [row] = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(eq(users.id, userId), isNull(users.frozenAt)))
    .limit(1);
  return row ?? null;
}

/** How an actor signs the emails and the activity lines of a transition: a regional admin as the ARS. */
/** A reviewer's comment as the activity entry quotes it: whole up to 200 characters, cut with « … » beyond. */
export function quotedComment(comment: string): string {
  const flat = comment.replace(/\s+/g, " ").trim();
  const chars = Array.from(flat);
  return `« ${chars.length > 200 ? `${chars.slice(0, 199).join("")}…` : flat} »`;
}

export function actorName(actor: Actor): string {
  return actor.kind === "REGIONAL_ADMIN" ? `${actor.displayName} (ARS)` : actor.displayName;
}

export function offerSpaceUrl(offerId: number): string {
  return appUrl(`/espace/offres/${offerId}`);
}

export function offerLabel(offer: Pick<Offer, "name">): string {
  return `l'offre « ${offer.name} »`;
}

export function stateLabel(state: OfferState): string {
  return OFFER_STATE_LABELS[state];
}
