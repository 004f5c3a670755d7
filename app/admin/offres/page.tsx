import type { Metadata } from "next";
import { AdminOfferFiltersForm } from "@/components/admin-offers/admin-offer-filters";
import { RegionOffersTable } from "@/components/admin-offers/region-offers-table";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Pagination } from "@/components/ui/pagination";
import { adminOffersHref, hasActiveAdminFilters, parseAdminOfferFilters } from "@/lib/offers/admin/filters";
import { listRegionOfferFilterOptions, listRegionOffers, resolveAdminOfferFilters } from "@/lib/offers/admin/queries";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { upcomingMonths } from "@/lib/offers/catalogue/page-data";
import { today } from "@/lib/core/dates/clock";
import { getRegion } from "@/lib/core/geo/territories";

export const metadata: Metadata = { title: "Offres de la région" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every offer of the admin's région (docs/produit.md#pouvoirs-de-lars), filtered through the URL, 20 a page, exportable. */
export default async function RegionOffersPage({ searchParams }: Props) {
  const user = await requireUser("regionOffers.view");
  const regionCode = regionOf(user);
  const options = await listRegionOfferFilterOptions(regionCode);
  const filters = resolveAdminOfferFilters(parseAdminOfferFilters(await searchParams), regionCode, options);
  const { rows, total, page, pageCount } = await listRegionOffers(regionCode, filters);
  const plural = total > 1 ? "s" : "";
  const caption = `${total} offre${plural}${filters.deleted ? ` supprimée${plural}` : ""}`;

  return (
    <>
      <Breadcrumb items={[{ label: "Administration régionale", href: "/admin" }, { label: "Offres" }]} />
      <h1>Offres de la région</h1>
      <p className="text-lg">
        Toutes les offres des structures de la région {getRegion(regionCode)?.name ?? regionCode}, quel que soit leur état. Les brouillons, travail en cours des
        structures, n&apos;apparaissent que si vous cochez l&apos;état « Brouillon ».
      </p>
      <AdminOfferFiltersForm
        filters={filters}
        options={options}
        months={upcomingMonths(today())}
        exportHref={adminOffersHref(filters, 1, "/admin/offres/export")}
      />
      {rows.length === 0 ? (
        <p role="status">{hasActiveAdminFilters(filters) ? "Aucune offre ne correspond à ces filtres." : "Aucune offre dans la région pour le moment."}</p>
      ) : (
        <RegionOffersTable rows={rows} caption={caption} />
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={(target) => adminOffersHref(filters, target)} />
    </>
  );
}
