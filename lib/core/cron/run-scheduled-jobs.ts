import "server-only";
import { db } from "@/db/client";
import { expireOfferCacheFromJob } from "@/lib/offers/catalogue/cache";
import { now, today } from "@/lib/core/dates/clock";
import { pruneLimitEvents } from "@/lib/core/limits/limiter";
import { runOutbox, type OutboxReport } from "@/lib/core/outbox/run";
import { notifyEndingPublications } from "./publication-ending";
import { recomputeInactivity } from "./recompute-inactivity";
import { recomputeOfferStates } from "./recompute-offer-states";

export type CronReport = { offersMoved: number; publicationEndingNotices: number; usersMarkedInactive: number } & OutboxReport;

/** Each run (docs/produit.md#tache-planifiee): offer states from dates, account inactivity, emails (reminders, delivery), and the public cache. */
export async function runScheduledJobs(): Promise<CronReport> {
  const movedOfferIds = await recomputeOfferStates(db, today());
  const publicationEndingNotices = await notifyEndingPublications(db, today());
  const usersMarkedInactive = await recomputeInactivity(db, now());
  // Limits run on the real clock, never SSES_NOW.
  await pruneLimitEvents(new Date());
  // Visibility is decided from the dates in every query; this drops the pages rendered before the change.
  for (const id of movedOfferIds) expireOfferCacheFromJob(id);
  // Last: delivery may take a few seconds, and the cache should not wait for it.
  const outbox = await runOutbox(now());
  return { offersMoved: movedOfferIds.length, publicationEndingNotices, usersMarkedInactive, ...outbox };
}
