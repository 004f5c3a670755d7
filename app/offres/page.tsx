import type { Metadata } from "next";
import { CatalogueListing } from "@/components/catalogue/catalogue-listing";
import { parseCatalogueFilters } from "@/lib/catalogue/filters";
import { catalogueMetadata, resolveCatalogueFilters } from "@/lib/catalogue/page-data";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Normally unreached: proxy.ts serves `/offres?…` from the cached page of its filters
 * (app/offres/recherche/[cle]). Kept as the same page rendered per request, should the proxy be
 * bypassed (another matcher, a platform without it).
 */
export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const { filters } = await resolveCatalogueFilters(parseCatalogueFilters(await searchParams));
  return catalogueMetadata(filters);
}

export default async function OffersPage({ searchParams }: Props) {
  return <CatalogueListing parsed={parseCatalogueFilters(await searchParams)} />;
}
