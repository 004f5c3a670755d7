import { revalidateTag } from "next/cache";
import { db } from "@/db/client";
import { now, today } from "@/lib/dates/clock";
import { runOutbox, type OutboxReport } from "@/lib/outbox/run";
import { recomputeInactivity } from "./recompute-inactivity";
import { recomputeOfferStates } from "./recompute-offer-states";

export type CronReport = { offersMoved: number; usersMarkedInactive: number } & OutboxReport;

/** SPEC §9, each run: offer states from dates, account inactivity, emails (reminders, delivery), and the public cache. */
export async function runScheduledJobs(): Promise<CronReport> {
  const movedOfferIds = await recomputeOfferStates(db, today());
  const usersMarkedInactive = await recomputeInactivity(db, now());
  if (movedOfferIds.length > 0) {
    // Route handlers can only mark the cache stale; visibility is also decided from the dates in queries.
    revalidateTag("offers", "max");
    for (const id of movedOfferIds) revalidateTag(`offer:${id}`, "max");
  }
  // Last: delivery may take a few seconds, and the cache should not wait for it.
  const outbox = await runOutbox(now());
  return { offersMoved: movedOfferIds.length, usersMarkedInactive, ...outbox };
}
