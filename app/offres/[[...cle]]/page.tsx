import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CatalogueListing } from "@/components/catalogue/catalogue-listing";
import { getCachedSearch } from "@/lib/offers/catalogue/cached-queries";
import { EMPTY_FILTERS, type CatalogueFilters } from "@/lib/offers/catalogue/filters";
import { filtersFromListingKey } from "@/lib/offers/catalogue/listing-key";
import { catalogueMetadata, resolveCatalogueFilters } from "@/lib/offers/catalogue/page-data";
import { today } from "@/lib/core/dates/clock";

/**
 * « /offres » (docs/produit.md#ce-que-voit-le-public), one cached page per set of filters (docs/architecture.md#cache-du-catalogue):
 * `/offres` itself is the unfiltered listing, and proxy.ts rewrites a filtered
 * `/offres?…` to `/offres/recherche/<key>` (lib/offers/catalogue/listing-key.ts). An optional catch-all
 * rather than a page of its own: that way even `/offres` is rendered on its first request and then
 * kept (never at build time, which has no database), and needs no rewrite, which cost 15 % of its
 * throughput. Refreshed after a minute or as soon as an action expires the `offers` tag.
 */
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams(): { cle: string[] }[] {
  return [];
}

type Props = { params: Promise<{ cle?: string[] }> };

async function filtersOf(params: Props["params"]): Promise<CatalogueFilters> {
  const { cle } = await params;
  if (cle === undefined) return { ...EMPTY_FILTERS };
  const [kind, key, ...rest] = cle;
  if (kind === "recherche" && key !== undefined && rest.length === 0) return filtersFromListingKey(key);
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { filters } = await resolveCatalogueFilters(await filtersOf(params));
  // The page shown, not the one asked: « ?page=99 » of four pages shows, and is titled, page 4.
  const { page } = await getCachedSearch(filters, today());
  return catalogueMetadata({ ...filters, page });
}

export default async function OffersPage({ params }: Props) {
  return <CatalogueListing parsed={await filtersOf(params)} />;
}
