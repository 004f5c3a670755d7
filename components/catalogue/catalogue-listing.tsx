import Link from "next/link";
import { PublicShell } from "@/components/layout/page-shell";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Pagination } from "@/components/ui/pagination";
import { getCachedSearch } from "@/lib/offers/catalogue/cached-queries";
import { catalogueHref, hasActiveFilters, toSearchParams, type CatalogueFilters } from "@/lib/offers/catalogue/filters";
import { toCardView } from "@/lib/offers/catalogue/card-view";
import { packCardView } from "@/lib/offers/catalogue/packed-card";
import { offerCountLabel } from "@/lib/offers/catalogue/labels";
import { resolveCatalogueFilters, themeLabelMap, upcomingMonths } from "@/lib/offers/catalogue/page-data";
import { today } from "@/lib/core/dates/clock";
import { CloseIcon } from "@/components/ui/icons";
import { filterChips } from "@/lib/offers/catalogue/chips";
import { FiltersForm } from "./filters-form";
import styles from "./filters.module.css";
import { OfferCardList } from "./offer-card";

/** « /offres »: the search form, the count, 20 cards and the pagination (docs/produit.md#ce-que-voit-le-public). */
export async function CatalogueListing({ parsed }: { parsed: CatalogueFilters }) {
  const day = today();
  const { filters, references } = await resolveCatalogueFilters(parsed);
  const results = await getCachedSearch(filters, day);
  const labels = themeLabelMap(references);
  const months = upcomingMonths(day);
  const chips = filterChips(filters, references, (month) => months.find((m) => m.value === month)?.label ?? month);

  return (
    <PublicShell>
      <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Offres de prévention" }]} />
      <h1>Offres de prévention</h1>
      <p className="max-w-3xl text-lg">
        Les actions de prévention que proposent les structures d&apos;accueil aux étudiants en santé. Les dernières publications sont affichées en début de
        liste.
      </p>

      <div className="mt-8 grid grid-cols-1 gap-8 md:grid-cols-[17rem_minmax(0,1fr)] lg:grid-cols-[20rem_minmax(0,1fr)]">
        <div>
          {/* A new URL remounts the form, so that the back button shows the filters of that URL. */}
          <FiltersForm key={toSearchParams({ ...filters, page: 1 }).toString()} filters={filters} references={references} months={months} />
        </div>

        <section aria-labelledby="resultats-titre">
          {/* Announced after each search made without reloading the page. */}
          <div aria-live="polite" aria-atomic="true">
            <h2 id="resultats-titre" className="text-2xl md:text-3xl">
              {offerCountLabel(results.total)}
              {results.pageCount > 1 && (
                <span className="ml-2 text-base font-normal text-grey-425">
                  – page {results.page} sur {results.pageCount}
                </span>
              )}
            </h2>
          </div>
          {chips.length > 0 && (
            <ul aria-label="Filtres appliqués" className={styles.chips}>
              {chips.map((chip) => (
                <li key={chip.href}>
                  <Link href={chip.href}>
                    <span className="sr-only">Retirer le filtre </span>
                    {chip.label}
                    <CloseIcon />
                  </Link>
                </li>
              ))}
            </ul>
          )}

          {results.cards.length === 0 ? (
            <div className="border border-grey-900 bg-grey-975 p-6">
              <p className="text-lg font-medium text-grey-50">Aucune offre ne correspond à votre recherche.</p>
              <p>Essayez avec moins de mots, sans filtre de période, ou dans toute la région.</p>
              {hasActiveFilters(filters) && <Link href="/offres">Réinitialiser les filtres et voir toutes les offres</Link>}
            </div>
          ) : (
            <OfferCardList offers={results.cards.map((card) => packCardView(toCardView(card, labels)))} className="lg:grid-cols-2" />
          )}

          <Pagination page={results.page} pageCount={results.pageCount} hrefFor={(page) => catalogueHref(filters, page)} />
        </section>
      </div>
    </PublicShell>
  );
}
