import type { Metadata } from "next";
import { OfferFilters } from "@/components/offers/offer-filters";
import { OffersTable } from "@/components/offers/offers-table";
import { EmptyOffers } from "@/components/offers/empty-offers";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Pagination } from "@/components/ui/pagination";
import { requireUser, structureIdOf } from "@/lib/core/auth/guards";
import { can } from "@/lib/core/auth/permissions";
import { today } from "@/lib/core/dates/clock";
import { hasActiveFilters, parseSpaceOfferFilters, spaceOffersHref } from "@/lib/offers/filters";
import { listStructureOfferDepartments, listStructureOffers } from "@/lib/offers/queries";
import { listOfferReferenceOptions } from "@/lib/offers/references";

export const metadata: Metadata = { title: "Offres" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** « Offres » (docs/produit.md#espace-offreur, guide IDF): the structure's offers, filtered in the URL, 20 a page. */
export default async function OffersPage({ searchParams }: Props) {
  const user = await requireUser("offer.view");
  const structureId = structureIdOf(user);
  const filters = parseSpaceOfferFilters(await searchParams);
  const isValidator = can(user, "offer.validate");
  const [page, references, departments] = await Promise.all([
    listStructureOffers(structureId, filters, { waitingFirst: isValidator }),
    listOfferReferenceOptions(),
    listStructureOfferDepartments(structureId),
  ]);
  const filtered = hasActiveFilters(filters);
  const empty = page.total === 0 && !filtered;

  return (
    <>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4">
        <h1 className="m-0">Offres</h1>
        {can(user, "offer.create") && !empty && (
          <ButtonLink href="/espace/offres/nouvelle">
            <span aria-hidden="true">+</span> Créer
          </ButtonLink>
        )}
      </div>
      {empty ? (
        // A new structure: one next step, not an empty filter panel and the export of nothing.
        <EmptyOffers canCreate={can(user, "offer.create")} />
      ) : (
        <>
          <OfferFilters
            filters={filters}
            fieldTypes={references.fieldTypes}
            themes={references.themes}
            departments={departments}
            exportHref={spaceOffersHref(filters, { page: 1 }, "/espace/offres/export")}
          />
          <h2 aria-live="polite" className="text-xl">
            {page.total === 0 ? "Aucune offre" : `${page.total.toLocaleString("fr-FR")} offre${page.total > 1 ? "s" : ""}`}
            {filtered ? " correspondant aux filtres" : ""}
          </h2>
          {isValidator && page.total > 0 && <p className="text-sm text-grey-425">Les offres en attente de validation sont affichées en premier.</p>}
          {page.total === 0 ? (
            <Alert tone="info">Aucune offre ne correspond à ces filtres : élargissez la recherche.</Alert>
          ) : (
            <OffersTable rows={page.rows} user={user} today={today()} caption="Offres de la structure" />
          )}
        </>
      )}
      <Pagination page={page.page} pageCount={page.pageCount} hrefFor={(n) => spaceOffersHref(filters, { page: n })} />
    </>
  );
}
