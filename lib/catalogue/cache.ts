import { revalidateTag, updateTag } from "next/cache";

/**
 * The catalogue's cache tags (ARCHITECTURE « Caching the public catalogue »). Every cached read of
 * lib/catalogue/cached-queries.ts carries `offers`; an offer's page and PDF data also carry
 * `offer:<id>`. Whoever changes what the public may see calls one of these:
 *
 * - in a server action (publish, validate a revision, stop, extend, delete, freeze a structure…):
 *   `expireOfferCache(id)` — the next request waits for fresh data (read-your-own-writes);
 * - in a route handler or the cron: `markOfferCacheStale(id)` — served stale once while it refreshes,
 *   which is fine because visibility is also decided from the dates inside every query.
 *
 * Without an id, the whole catalogue (a structure renamed or frozen affects all its offers).
 */
export const CATALOGUE_TAG = "offers";

export function offerTag(offerId: number): string {
  return `offer:${offerId}`;
}

/** Server actions only (Next's `updateTag` throws elsewhere). */
export function expireOfferCache(offerId?: number): void {
  updateTag(CATALOGUE_TAG);
  if (offerId !== undefined) updateTag(offerTag(offerId));
}

/** Route handlers, the cron, scripts running inside Next. */
export function markOfferCacheStale(offerId?: number): void {
  revalidateTag(CATALOGUE_TAG, "max");
  if (offerId !== undefined) revalidateTag(offerTag(offerId), "max");
}
