import type { Metadata } from "next";
import Link from "next/link";
import { DepartmentFiguresTable, ThemeFiguresTable } from "@/components/admin/offer-figures";
import { DemandSummaryTable } from "@/components/calendar/demand-summary";
import { StatTile } from "@/components/space/stat-tile";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { getRegionOfferFigures, getRegionOverview } from "@/lib/dashboard/queries";
import { monthOf, shiftMonth } from "@/lib/availability/days";
import { getDemandSummary } from "@/lib/availability/matching";
import { today } from "@/lib/core/dates/clock";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { getRegion, listDepartments } from "@/lib/core/geo/territories";
import { countWaitingByValidator } from "@/lib/offers/admin/queue";
import { countRegionOffersByState } from "@/lib/offers/counts";
import { STATE_SLUGS } from "@/lib/offers/filters";
import { offerStateCountLabel, OFFER_STATES } from "@/lib/offers/labels";
import { OFFER_VALIDATION_LABELS } from "@/lib/regions/schemas";
import { getRegionSettings } from "@/lib/regions/settings";

export const metadata: Metadata = { title: "Administration régionale" };

/** Students declared vs places offered: this month and the next ones, as on the admin calendar. */
const DEMAND_MONTHS = 4;

/**
 * The regional admin's first page: what waits for moderation, then the région's figures (docs/produit.md#pouvoirs-de-lars):
 * offers by state, by département and by thématique, places offered vs students declared.
 * Tables rather than charts: readable by screen readers and copyable into a report.
 */
export default async function AdminDashboardPage() {
  const user = await requireUser("admin.dashboard");
  const regionCode = regionOf(user);
  const day = today();
  const departments = listDepartments(regionCode);
  const months = Array.from({ length: DEMAND_MONTHS }, (_, delta) => shiftMonth(monthOf(day), delta));
  const [overview, counts, figures, demand, waiting, settings] = await Promise.all([
    getRegionOverview(regionCode),
    countRegionOffersByState(regionCode),
    getRegionOfferFigures(regionCode, day),
    getDemandSummary(
      regionCode,
      months,
      departments.map((d) => d.code),
      { disciplineId: null, institutionId: null },
      day,
    ),
    countWaitingByValidator(regionCode),
    getRegionSettings(regionCode),
  ]);

  return (
    <>
      <h1>Administration régionale — {getRegion(regionCode)?.name ?? regionCode}</h1>
      <section aria-labelledby="titre-demandes" className="mb-10">
        <h2 id="titre-demandes">Demandes de création de compte offreur</h2>
        <p className="text-lg">
          <strong>{overview.pendingSignups}</strong> demande{overview.pendingSignups > 1 ? "s" : ""} en attente de validation.
        </p>
        {overview.oldestPending.length > 0 && (
          <ul>
            {overview.oldestPending.map((request) => (
              <li key={request.id}>
                {request.structureName} — reçue le {formatDateTimeFr(request.createdAt)}
              </li>
            ))}
          </ul>
        )}
        <p>
          <Link href="/admin/demandes">Examiner les demandes d&apos;inscription</Link>
        </p>
      </section>
      <section aria-labelledby="titre-a-valider" className="mb-10">
        <h2 id="titre-a-valider">Offres à valider</h2>
        <p className="text-lg">
          <strong>{waiting.ARS}</strong> offre{waiting.ARS > 1 ? "s" : ""} ou modification{waiting.ARS > 1 ? "s" : ""} en attente de la validation de
          l&apos;ARS.
        </p>
        <p>
          Validation des offres : {OFFER_VALIDATION_LABELS[settings.offerValidation]} (<Link href="/admin/parametres">Paramètres de la région</Link>).
        </p>
        <p>
          <Link href="/admin/offres/a-valider">Offres à valider ({waiting.ARS})</Link>
        </p>
      </section>
      <section aria-labelledby="titre-offres-region" className="mb-10">
        <h2 id="titre-offres-region">Offres de la région</h2>
        <ul className="grid list-none grid-cols-1 gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
          {OFFER_STATES.map((state) => (
            <li key={state}>
              <StatTile label={offerStateCountLabel(state, counts[state])} value={counts[state]} href={`/admin/offres?etat=${STATE_SLUGS[state]}`} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="titre-departements" className="mb-10">
        <h2 id="titre-departements">Offres par département</h2>
        <p className="text-sm">
          « Publiées aujourd&apos;hui » : visibles dans le catalogue public. « Déposées » : toutes les offres envoyées en validation, quel que soit leur état
          depuis (en attente, validées, publiées, caduques).
        </p>
        <DepartmentFiguresTable departments={departments} figures={figures.departments} />
      </section>
      <section aria-labelledby="titre-thematiques" className="mb-10">
        <h2 id="titre-thematiques">Offres par thématique</h2>
        <ThemeFiguresTable figures={figures.themes} />
      </section>
      <DemandSummaryTable summary={demand} />
      <section aria-labelledby="titre-acteurs" className="mt-10">
        <h2 id="titre-acteurs">Acteurs de la région</h2>
        <ul className="grid list-none grid-cols-1 gap-4 p-0 sm:grid-cols-2">
          <li>
            <StatTile label="Structures offreuses" value={overview.structures} />
          </li>
          <li>
            <StatTile label="Établissements de formation" value={overview.institutions} />
          </li>
        </ul>
      </section>
    </>
  );
}
