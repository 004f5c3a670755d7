import { Table } from "@/components/ui/table";
import { getCurrentUser } from "@/lib/core/auth/session";
import { describeDateRange, describeSlots, studentsLabel } from "@/lib/availability/describe";
import { listCohortsForOffer } from "@/lib/availability/matching";
import { MODALITY_LABELS } from "@/lib/availability/schemas";

/**
 * « Cohortes disponibles » for an offer page of the offerer space (or the admin's): the declared
 * periods whose dates and départements meet the offer's (docs/produit.md#disponibilites-et-calendrier). Drop it in with the offer's
 * number: `<MatchingCohorts offerId={offer.id} />`. It checks the viewer itself (an offer of their
 * structure, or of their région for an admin) and renders nothing otherwise.
 */
export async function MatchingCohorts({ offerId, headingLevel = 2 }: { offerId: number; headingLevel?: 2 | 3 }) {
  const viewer = await getCurrentUser();
  if (!viewer) return null;
  const cohorts = await listCohortsForOffer(offerId, viewer);
  if (cohorts === null) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section aria-labelledby={`cohortes-${offerId}`} className="mt-10">
      <Heading id={`cohortes-${offerId}`}>Étudiants disponibles pour cette offre</Heading>
      <p className="text-sm">
        Les périodes déclarées par les universités et instituts dont les dates croisent celles de l&apos;offre et qui couvrent son département.
      </p>
      {cohorts.length === 0 ? (
        <p data-testid="matching-cohorts-empty">Aucune période de disponibilité déclarée ne correspond pour le moment.</p>
      ) : (
        <Table caption={`Périodes de disponibilité correspondantes (${cohorts.length})`} captionHidden data-testid="matching-cohorts">
          <thead>
            <tr>
              <th scope="col">Établissement</th>
              <th scope="col">Discipline</th>
              <th scope="col">Étudiants</th>
              <th scope="col">Période</th>
              <th scope="col">Modalité</th>
            </tr>
          </thead>
          <tbody>
            {cohorts.map((cohort) => (
              <tr key={cohort.id}>
                <td>{cohort.institutionName}</td>
                <td>
                  {cohort.discipline}
                  {cohort.promotion && <span className="block text-xs">{cohort.promotion}</span>}
                </td>
                <td>{studentsLabel(cohort.studentCount)}</td>
                <td>{describeDateRange(cohort.startDate, cohort.endDate)}</td>
                <td>
                  {MODALITY_LABELS[cohort.modality]} : {describeSlots(cohort.weeklySlots, cohort.modality)}
                  {cohort.commonSlots.length > 0 && (
                    <span className="block text-xs">En commun avec l&apos;offre : {describeSlots(cohort.commonSlots, "SPLIT")}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </section>
  );
}
