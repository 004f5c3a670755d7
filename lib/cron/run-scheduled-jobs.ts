import { db } from "@/db/client";
import { markOfferCacheStale } from "@/lib/catalogue/cache";
import { now, today } from "@/lib/dates/clock";
import { runOutbox, type OutboxReport } from "@/lib/outbox/run";
import { notifyEndingPublications } from "./publication-ending";
import { recomputeInactivity } from "./recompute-inactivity";
import { recomputeOfferStates } from "./recompute-offer-states";

export type CronReport = { offersMoved: number; publicationEndingNotices: number; usersMarkedInactive: number } & OutboxReport;

/** SPEC §9, each run: offer states from dates, account inactivity, emails (reminders, delivery), and the public cache. */
export async function runScheduledJobs(): Promise<CronReport> {
  const movedOfferIds = await recomputeOfferStates(db, today());
  const publicationEndingNotices = await notifyEndingPublications(db, today());
  const usersMarkedInactive = await recomputeInactivity(db, now());
  // Route handlers can only mark the cache stale; visibility is also decided from the dates in queries.
  for (const id of movedOfferIds) markOfferCacheStale(id);
  // Last: delivery may take a few seconds, and the cache should not wait for it.
  const outbox = await runOutbox(now());
  return { offersMoved: movedOfferIds.length, publicationEndingNotices, usersMarkedInactive, ...outbox };
}
