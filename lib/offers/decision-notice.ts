import "server-only";
import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { offerRevisions, offers, offerStatusHistory, users, type OfferState } from "@/db/schema";

export type DecisionNotice = {
  kind: "validated" | "sentBack";
  /** A modification of a live offer, not the offer itself. */
  revision: boolean;
  toState: OfferState;
  /** Who the decision's email went to (the offer's or the modification's author), or null: nobody else (one's own work, a deleted or frozen author). */
  notified: { name: string; email: string } | null;
  /** The person who decided wrote it. */
  own: boolean;
};

const DECISIONS = ["validate", "send_back", "validate_revision", "send_back_revision"];

/**
 * What « Valider » or « Renvoyer pour correction » just did, for the confirmation shown after it
 * (issue 16): the last such decision on the offer by this person, its new state and whom it emailed.
 * The email rule is lib/offers/lifecycle.ts and revisions.ts: the author, unless they decided themselves.
 */
export async function lastDecisionBy(offerId: number, actorId: string): Promise<DecisionNotice | null> {
  const revisionAuthor = alias(users, "revision_author");
  const offerAuthor = alias(users, "offer_author");
  const [row] = await db
    .select({
      action: offerStatusHistory.action,
      toState: offerStatusHistory.toState,
      revisionAuthor: {
        id: revisionAuthor.id,
        firstName: revisionAuthor.firstName,
        lastName: revisionAuthor.lastName,
        email: revisionAuthor.email,
        frozenAt: revisionAuthor.frozenAt,
      },
      offerAuthor: {
        id: offerAuthor.id,
        firstName: offerAuthor.firstName,
        lastName: offerAuthor.lastName,
        email: offerAuthor.email,
        frozenAt: offerAuthor.frozenAt,
      },
    })
    .from(offerStatusHistory)
    .innerJoin(offers, eq(offers.id, offerStatusHistory.offerId))
    .leftJoin(offerRevisions, eq(offerRevisions.id, offerStatusHistory.revisionId))
    .leftJoin(revisionAuthor, eq(revisionAuthor.id, offerRevisions.authorId))
    .leftJoin(offerAuthor, eq(offerAuthor.id, offers.authorId))
    .where(
      and(
        eq(offerStatusHistory.offerId, offerId),
        eq(offerStatusHistory.actorId, actorId),
        inArray(offerStatusHistory.action, DECISIONS),
        isNull(offers.deletedAt),
      ),
    )
    .orderBy(desc(offerStatusHistory.createdAt), desc(offerStatusHistory.id))
    .limit(1);
  if (!row) return null;
  const revision = row.action.endsWith("_revision");
  const author = revision ? row.revisionAuthor : row.offerAuthor;
  const notified = author && author.id !== actorId && !author.frozenAt ? { name: `${author.firstName} ${author.lastName}`, email: author.email } : null;
  return { kind: row.action.startsWith("validate") ? "validated" : "sentBack", revision, toState: row.toState, notified, own: author?.id === actorId };
}
