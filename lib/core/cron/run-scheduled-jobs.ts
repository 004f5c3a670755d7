import "server-only";
import { db } from "@/db/client";
import { expireOfferCacheFromJob } from "@/lib/offers/catalogue/cache";
import { now, today } from "@/lib/core/dates/clock";
import { purgeUnreferencedFiles } from "@/lib/core/files/purge";
import { purgeOldSubmissions } from "@/lib/core/actions/submissions";
import { pruneLimitEvents } from "@/lib/core/limits/limiter";
import { pruneEndedSessions } from "@/lib/core/auth/sessions/store";
import { pruneLinkRequests } from "@/lib/core/auth/oidc/identities";
import { runOutbox, type OutboxReport } from "@/lib/core/outbox/run";
import { notifyEndingPublications } from "./publication-ending";
import { recomputeInactivity } from "./recompute-inactivity";
import { recomputeOfferStates } from "./recompute-offer-states";
import { recordJobRun } from "./job-runs";

export type CronReport = { offersMoved: number; publicationEndingNotices: number; usersMarkedInactive: number; filesPurged: number } & OutboxReport;

/** Each run (docs/produit.md#tache-planifiee): offer states from dates, account inactivity, what only expires (limit counters, sessions, identity link requests), files nothing links to, emails (reminders, delivery), and the public cache. */
export async function runScheduledJobs(): Promise<CronReport> {
  const movedOfferIds = await recomputeOfferStates(db, today());
  const publicationEndingNotices = await notifyEndingPublications(db, today());
  const usersMarkedInactive = await recomputeInactivity(db, now());
  // Limits run on the real clock, never SSES_NOW.
  await pruneLimitEvents(new Date());
  const filesPurged = await purgeUnreferencedFiles(db, now());
  await purgeOldSubmissions(new Date());
  await pruneEndedSessions(new Date());
  await pruneLinkRequests(new Date());
  // Visibility is decided from the dates in every query; this drops the pages rendered before the change.
  for (const id of movedOfferIds) expireOfferCacheFromJob(id);
  // Last: delivery may take a few seconds, and the cache should not wait for it.
  const outbox = await runOutbox(now());
  await recordJobRun(db, "cron", new Date());
  return { offersMoved: movedOfferIds.length, publicationEndingNotices, usersMarkedInactive, filesPurged, ...outbox };
}
