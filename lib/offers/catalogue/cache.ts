import { revalidateTag, updateTag } from "next/cache";

/**
 * The catalogue's cache tags (docs/architecture.md#cache-du-catalogue). Every cached read of
 * lib/offers/catalogue/cached-queries.ts carries `offers`; an offer's page and PDF data also carry
 * `offer:<id>`. Whoever changes what the public may see calls one of these, and in both cases the
 * next request waits for fresh data rather than being served the old page once (an expired offer is
 * never to be seen: docs/produit.md#ce-que-voit-le-public):
 *
 * - in a server action (publish, validate a revision, stop, extend, delete, freeze a structure, the
 *   ARS's « Dépublier » or « Renvoyer pour correction » of a live offer…):
 *   `expireOfferCache(id)` (read-your-own-writes);
 * - in a route handler or the cron: `expireOfferCacheFromJob(id)`.
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

/**
 * Route handlers, the cron, scripts running inside Next, where `updateTag` is not allowed.
 * `{ expire: 0 }` rather than the recommended "max": "max" serves the stale page once more, and at
 * midnight that page still lists yesterday's last-day offers.
 */
export function expireOfferCacheFromJob(offerId?: number): void {
  revalidateTag(CATALOGUE_TAG, { expire: 0 });
  if (offerId !== undefined) revalidateTag(offerTag(offerId), { expire: 0 });
}
