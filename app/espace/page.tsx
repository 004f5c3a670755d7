import type { Metadata } from "next";
import type { OfferState } from "@/db/schema";
import Link from "next/link";
import { redirect } from "next/navigation";
import { EmptyOffers } from "@/components/offers/empty-offers";
import { ActivityList } from "@/components/space/activity-list";
import { StatTile } from "@/components/space/stat-tile";
import { Alert } from "@/components/ui/alert";
import { requireUser, structureIdOf } from "@/lib/core/auth/guards";
import { can, homeFor } from "@/lib/core/auth/permissions";
import { countStructureOffersByState } from "@/lib/offers/counts";
import { spaceOffersHref, EMPTY_SPACE_FILTERS } from "@/lib/offers/filters";
import { offerStateCountLabel, OFFER_STATES } from "@/lib/offers/labels";
import { countWaitingForValidation, listStructureActivity } from "@/lib/offers/queries";
import { getStructureSummary } from "@/lib/structures/queries";
import { HELP_PROCEDURES } from "./aide/procedures";

export const metadata: Metadata = { title: "Activité" };

/**
 * « Activité » (docs/produit.md#espace-offreur, guide IDF « L'interface principale »): the structure's offers by state,
 * each a link to the filtered list; what waits for a VALIDEUR first; the users; the structure's
 * recent activity; the documentation of the procedures.
 */
export default async function ActivityPage() {
  const user = await requireUser();
  if (!can(user, "space.activity")) redirect(homeFor(user));
  const structureId = structureIdOf(user);
  const isValidator = can(user, "offer.validate");
  const canView = can(user, "offer.view");
  const [counts, structure, waiting, activity] = await Promise.all([
    countStructureOffersByState(structureId),
    getStructureSummary(structureId),
    isValidator ? countWaitingForValidation(structureId) : Promise.resolve({ offers: 0, revisions: 0 }),
    listStructureActivity(structureId),
  ]);
  // A VALIDEUR's first concern is what waits for them.
  const order = isValidator ? ["PENDING" as const, ...OFFER_STATES.filter((s) => s !== "PENDING")] : OFFER_STATES;
  const users = structure?.activeUsers ?? 0;
  const waitingTotal = waiting.offers + waiting.revisions;
  const noOffers = Object.values(counts).every((n) => n === 0);
  // « En attente de validation » counts the modifications of live offers too, as its list does.
  const tileValue = (state: OfferState) => counts[state] + (state === "PENDING" ? counts.pendingModifications : 0);

  return (
    <>
      <h1>Activité</h1>
      <p className="text-lg">{structure?.name}</p>
      {isValidator && !noOffers && (
        <Alert tone={waitingTotal > 0 ? "warning" : "info"} role="none" title={waitingTitle(waiting)}>
          {waitingTotal > 0 && (
            <p>
              <Link href="/espace/offres">Voir les offres à valider</Link> (elles sont affichées en tête de la liste).
            </p>
          )}
        </Alert>
      )}
      {noOffers && canView && <EmptyOffers canCreate={can(user, "offer.create")} />}
      <section aria-labelledby="titre-offres" className="mb-10">
        <h2 id="titre-offres">{noOffers ? "La structure" : "Offres de la structure"}</h2>
        <ul className="grid list-none grid-cols-1 gap-4 p-0 sm:grid-cols-2 lg:grid-cols-3">
          {(noOffers ? [] : order).map((state) => (
            <li key={state}>
              <StatTile
                label={offerStateCountLabel(state, tileValue(state))}
                value={tileValue(state)}
                detail={state === "PENDING" && counts.pendingModifications > 0 ? `dont ${modificationsText(counts.pendingModifications)}` : undefined}
                href={canView ? spaceOffersHref({ ...EMPTY_SPACE_FILTERS, state }) : undefined}
                highlight={state === "PENDING" && isValidator && tileValue("PENDING") > 0}
              />
            </li>
          ))}
          <li>
            <StatTile
              label={`Utilisateur${users > 1 ? "s" : ""} de la structure`}
              value={users}
              href={can(user, "users.manage") ? "/espace/utilisateurs" : undefined}
            />
          </li>
        </ul>
      </section>
      <section aria-labelledby="titre-activite" className="mb-10">
        <h2 id="titre-activite">Activité récente</h2>
        {activity.length === 0 ? <p>Rien pour l&apos;instant.</p> : <ActivityList entries={activity} linkOffers={canView} />}
        {activity.length > 0 && (
          <p className="mt-4">
            <Link href="/espace/activite">Toute l&apos;activité</Link> (filtrer par sorte et par dates)
          </p>
        )}
      </section>
      <section aria-labelledby="titre-documentation">
        <h2 id="titre-documentation">Documentation</h2>
        <ul>
          {HELP_PROCEDURES.map((procedure) => (
            <li key={procedure.slug}>
              <Link href={`/espace/aide/${procedure.slug}`}>{procedure.title}</Link> — {procedure.summary}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

const plural = (count: number, word: string) => `${count} ${word}${count > 1 ? "s" : ""}`;

/** « 4 offres et 2 modifications en attente de validation »: the same count of offers as the tile below. */
function waitingTitle({ offers, revisions }: { offers: number; revisions: number }): string {
  if (offers + revisions === 0) return "Aucune offre en attente de validation";
  const parts = [offers > 0 && plural(offers, "offre"), revisions > 0 && modificationsText(revisions)].filter(Boolean);
  return `${parts.join(" et ")} en attente de validation`;
}

const modificationsText = (n: number) => plural(n, "modification") + (n > 1 ? " d'offres publiées" : " d'offre publiée");
