import "server-only";
import { unstable_cache } from "next/cache";
import type { CatalogueFilters } from "./filters";
import { CATALOGUE_TAG, offerTag } from "./cache";
import { getPublicOffer, listCatalogueReferences, listLatestPublicOffers, listPublicOfferIds, searchPublicOffers } from "./queries";

/**
 * The pages' reads, cached per process (Next's data cache; without `cacheComponents`, `unstable_cache`
 * is the API that takes tags and a lifetime). `today` is an argument, hence part of every key:
 * crossing midnight in Paris changes the key, so a date boundary never waits for the lifetime.
 * The lifetime only bounds how long a change made outside the app's actions (SQL, another
 * instance) can go unseen.
 */
const LIFETIME_SECONDS = 60;

export const getCachedSearch = unstable_cache((filters: CatalogueFilters, today: string) => searchPublicOffers(filters, today), ["catalogue:search:v1"], {
  tags: [CATALOGUE_TAG],
  revalidate: LIFETIME_SECONDS,
});

export const getCachedLatestOffers = unstable_cache((today: string, limit: number) => listLatestPublicOffers(today, limit), ["catalogue:latest:v1"], {
  tags: [CATALOGUE_TAG],
  revalidate: LIFETIME_SECONDS,
});

export const getCachedSitemapOffers = unstable_cache((today: string) => listPublicOfferIds(today), ["catalogue:sitemap:v1"], {
  tags: [CATALOGUE_TAG],
  revalidate: 10 * LIFETIME_SECONDS,
});

/** Reference lists change rarely (regional admins edit them); the same tag refreshes them. */
export const getCachedReferences = unstable_cache(() => listCatalogueReferences(), ["catalogue:references:v1"], {
  tags: [CATALOGUE_TAG, "reference-lists"],
  revalidate: 5 * LIFETIME_SECONDS,
});

/** An offer's page and PDF data; tags are fixed per cached function, hence one wrapper per id. */
export function getCachedPublicOffer(id: number, today: string) {
  return unstable_cache((offerId: number, day: string) => getPublicOffer(offerId, day), ["catalogue:offer:v1"], {
    tags: [CATALOGUE_TAG, offerTag(id)],
    revalidate: LIFETIME_SECONDS,
  })(id, today);
}
