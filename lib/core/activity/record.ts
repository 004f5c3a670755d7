import type { DbOrTx } from "@/db/client";
import { activityLog } from "@/db/schema";

/**
 * Every action the activity log knows, as stored in `activity_log.action` (a text column: the
 * list lives here, not in the database). The words are the stored ones: the pages, the tests and
 * the demo data read them as they are. The part before the dot names what the line is about.
 */
export const OFFER_ACTIVITY_VERBS = [
  "created",
  "submitted",
  "validated",
  "sent_back",
  "stopped",
  "extended",
  "dates_changed",
  "renewed",
  "deleted",
  "duplicated",
  "restored",
  "revision_started",
  "revision_submitted",
  "revision_validated",
  "revision_sent_back",
  "revision_discarded",
  // The ARS's moderation of one offer (lib/offers/moderation.ts).
  "unpublished",
  "recalled",
  "correction_requested",
  // Written by the scheduled job (lib/core/cron/), the first two in SQL.
  "published",
  "expired",
  "publication_ending_notified",
] as const;
export type OfferActivityVerb = (typeof OFFER_ACTIVITY_VERBS)[number];

export type ActivityAction =
  | `offer.${OfferActivityVerb}`
  | "user.created"
  | "user.updated"
  | "user.frozen"
  | "user.unfrozen"
  | "user.deleted"
  | "user.activation_sent"
  | "user.second_factor_reset"
  // A ProConnect or Pro Santé Connect identity linked to or unlinked from the account (lib/core/auth/oidc).
  | "user.identity_linked"
  | "user.identity_unlinked"
  | "structure.updated"
  | "structure.frozen"
  | "structure.unfrozen"
  | "institution.created"
  | "institution.reactivated"
  | "institution.deactivated"
  | "institution.user_created"
  | "signup.accepted"
  | "signup.refused"
  | "reference.added"
  | "reference.renamed"
  | "reference.moved"
  | "reference.reactivated"
  | "reference.deactivated"
  | "reference.deleted"
  | "region.settings_updated";

type Domain = ActivityAction extends `${infer D}.${string}` ? D : never;

/** What `subject_id` is the id of, for each domain of actions. */
const SUBJECT_TYPES: Record<Domain, string> = {
  offer: "offer",
  user: "user",
  structure: "structure",
  institution: "institution",
  signup: "signup_request",
  reference: "reference_item",
  region: "region",
};

export type ActivityEntry = {
  action: ActivityAction;
  /** The id of what the line is about (an offer, a user…: the action says which). */
  subjectId: string | number;
  /** Who acted; none for the scheduled job. */
  actorId?: string | null;
  /** Whose « Activité » shows the line, and whose région's admins see it. */
  structureId?: string | null;
  regionCode?: string | null;
  /** The French sentence the pages show. */
  summary: string;
  details?: Record<string, unknown> | null;
  /** When it happened; the database's clock by default. */
  at?: Date;
};

/**
 * Writes one line of the activity log, in the caller's transaction, so that the line exists if and
 * only if the change does (docs/architecture.md#journal-dactivite).
 */
export async function recordActivity(tx: DbOrTx, entry: ActivityEntry): Promise<void> {
  const domain = entry.action.slice(0, entry.action.indexOf(".")) as Domain;
  await tx.insert(activityLog).values({
    actorId: entry.actorId ?? null,
    structureId: entry.structureId ?? null,
    regionCode: entry.regionCode ?? null,
    action: entry.action,
    subjectType: SUBJECT_TYPES[domain],
    subjectId: String(entry.subjectId),
    summary: entry.summary,
    details: entry.details ?? null,
    createdAt: entry.at,
  });
}
