import type { Metadata } from "next";
import Link from "next/link";
import { forbidden } from "next/navigation";
import { OverlapWarning } from "@/components/availability/overlap-note";
import { PeriodActions } from "@/components/availability/period-actions";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Table } from "@/components/ui/table";
import { requireUser } from "@/lib/core/auth/guards";
import { describeDateRange, describeSlots, periodTitle } from "@/lib/availability/describe";
import { getInstitutionSummary, listInstitutionPeriods } from "@/lib/availability/queries";
import { MODALITY_LABELS } from "@/lib/availability/schemas";

export const metadata: Metadata = { title: "Disponibilités des étudiants" };

/** The institution user's periods (docs/produit.md#disponibilites-et-calendrier), always those of their own institution. */
export default async function AvailabilityPage() {
  const user = await requireUser("availability.manage");
  if (!user.institutionId) forbidden();
  const [institution, periods] = await Promise.all([getInstitutionSummary(user.institutionId), listInstitutionPeriods(user.institutionId)]);
  if (!institution) forbidden();

  return (
    <>
      <h1>Disponibilités des étudiants</h1>
      <p className="text-lg">{institution.name}</p>
      {!institution.isActive && (
        <Alert tone="warning" title="Établissement désactivé">
          <p>L&apos;agence régionale de santé a désactivé votre établissement : ses périodes ne sont plus visibles ni modifiables.</p>
        </Alert>
      )}
      <p>
        Déclarez quand vos étudiants peuvent réaliser leur action de prévention : les structures d&apos;accueil et l&apos;ARS les voient dans le calendrier.
      </p>
      {institution.isActive && (
        <ButtonLink href="/espace/disponibilites/nouvelle" className="mb-8">
          <span aria-hidden="true">+</span> Déclarer une période
        </ButtonLink>
      )}
      {periods.length === 0 ? (
        <p>Aucune période de disponibilité n&apos;est déclarée pour le moment.</p>
      ) : (
        <Table caption={`Périodes déclarées (${periods.length})`} cards>
          <thead>
            <tr>
              <th scope="col">Discipline</th>
              <th scope="col">Promotion</th>
              <th scope="col">Étudiants</th>
              <th scope="col">Période</th>
              <th scope="col">Modalité</th>
              <th scope="col">Départements</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((period) => {
              const title = periodTitle({ institutionName: institution.name, discipline: period.discipline, studentCount: period.studentCount });
              return (
                <tr key={period.id}>
                  <td data-label="Discipline">{period.discipline}</td>
                  <td data-label="Promotion">{period.promotion ?? "—"}</td>
                  <td data-label="Étudiants">{period.studentCount}</td>
                  <td data-label="Période" className="min-w-44">
                    {describeDateRange(period.startDate, period.endDate)}
                    {period.excludedDates.length > 0 && (
                      <span className="block text-xs">
                        {period.excludedDates.length} date{period.excludedDates.length > 1 ? "s" : ""} exclue{period.excludedDates.length > 1 ? "s" : ""}
                      </span>
                    )}
                    <OverlapWarning overlaps={period.overlaps} />
                  </td>
                  <td data-label="Modalité">
                    {MODALITY_LABELS[period.modality]}
                    <span className="block text-xs">{describeSlots(period.weeklySlots, period.modality)}</span>
                  </td>
                  <td data-label="Départements">{period.departmentCodes.join(", ") || "Toute la région"}</td>
                  <td data-label="Actions">
                    <Link href={`/espace/disponibilites/${period.id}`} className="mb-2 block">
                      Modifier<span className="sr-only"> la période {describeDateRange(period.startDate, period.endDate)}</span>
                    </Link>
                    {institution.isActive && <PeriodActions periodId={period.id} title={title} />}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
