import type { Metadata } from "next";
import Link from "next/link";
import { StatTile } from "@/components/space/stat-tile";
import { regionOf, requireUser } from "@/lib/auth/guards";
import { getRegionOverview } from "@/lib/admin/queries";
import { formatDateTimeFr } from "@/lib/dates/paris";
import { getRegion } from "@/lib/geo/territories";
import { countRegionOffersByState } from "@/lib/offers/counts";
import { OFFER_STATE_LABELS, OFFER_STATES } from "@/lib/offers/labels";

export const metadata: Metadata = { title: "Administration régionale" };

/** The regional admin's first page: what waits for moderation and the région's offers by state. */
export default async function AdminDashboardPage() {
  const user = await requireUser("admin.dashboard");
  const regionCode = regionOf(user);
  const [overview, counts] = await Promise.all([getRegionOverview(regionCode), countRegionOffersByState(regionCode)]);

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
      <section aria-labelledby="titre-offres-region" className="mb-10">
        <h2 id="titre-offres-region">Offres de la région</h2>
        <ul className="grid list-none grid-cols-1 gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
          {OFFER_STATES.map((state) => (
            <li key={state}>
              <StatTile label={OFFER_STATE_LABELS[state]} value={counts[state]} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="titre-acteurs">
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
