import type { Metadata } from "next";
import { CatalogueListing } from "@/components/catalogue/catalogue-listing";
import { filtersFromListingKey } from "@/lib/catalogue/listing-key";
import { catalogueMetadata, resolveCatalogueFilters } from "@/lib/catalogue/page-data";

/**
 * `/offres?…` as proxy.ts rewrites it (lib/catalogue/listing-key.ts): one cached page per set of
 * filters (ARCHITECTURE « Caching the public catalogue »). Rendered on first request, never at
 * build time; refreshed after a minute or as soon as an action expires the `offers` tag. A date
 * boundary is thus crossed within a minute, the queries deciding visibility from `today`.
 */
export const revalidate = 60;
export const dynamicParams = true;

export function generateStaticParams(): { cle: string }[] {
  return [];
}

type Props = { params: Promise<{ cle: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { filters } = await resolveCatalogueFilters(filtersFromListingKey((await params).cle));
  return catalogueMetadata(filters);
}

export default async function CachedOffersPage({ params }: Props) {
  return <CatalogueListing parsed={filtersFromListingKey((await params).cle)} />;
}
