import { EMPTY_FILTERS, parseCatalogueFilters, toSearchParams, type CatalogueFilters } from "./filters";

/**
 * The listing's cache key as a path segment. A page that reads its query string is rendered on
 * every request, while a page keyed by its path can be kept whole in Next's page cache (ISR) and
 * refreshed by the `offers` tag: proxy.ts rewrites `/offres?…` to `/offres/recherche/<key>`, the key
 * being the canonical form of the filters (junk already dropped, stable order), in base64url so
 * that no decoding step can alter it. The visitor's URL stays `/offres?…`.
 */
export const ALL_OFFERS_KEY = "toutes";
const KEY_PATTERN = /^[A-Za-z0-9_-]{1,4000}$/;

export function listingKey(filters: CatalogueFilters): string {
  const query = toSearchParams(filters).toString();
  return query ? Buffer.from(query, "utf8").toString("base64url") : ALL_OFFERS_KEY;
}

export function filtersFromListingKey(key: string): CatalogueFilters {
  if (key === ALL_OFFERS_KEY || !KEY_PATTERN.test(key)) return { ...EMPTY_FILTERS };
  return parseCatalogueFilters(new URLSearchParams(Buffer.from(key, "base64url").toString("utf8")));
}

/**
 * The cached page that serves `/offres?…`, as a path and query: proxy.ts rewrites to it, and so does
 * scripts/serve.ts before Next (hence no import of `next/server` here: the production server loads
 * this file before Next has set up its request storage).
 */
export function listingPathFor(searchParams: URLSearchParams): string {
  const path = `/offres/recherche/${listingKey(parseCatalogueFilters(searchParams))}`;
  // Client navigations carry a cache-busting `_rsc` parameter that must reach the page.
  const rsc = searchParams.get("_rsc");
  return rsc ? `${path}?${new URLSearchParams({ _rsc: rsc })}` : path;
}
