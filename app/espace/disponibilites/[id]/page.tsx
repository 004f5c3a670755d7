import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { ExcludedDatesEditor } from "@/components/availability/excluded-dates-editor";
import { MatchingOffers } from "@/components/availability/matching-offers";
import { OverlapWarning } from "@/components/availability/overlap-note";
import { PeriodActions } from "@/components/availability/period-actions";
import { PeriodForm } from "@/components/availability/period-form";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireUser } from "@/lib/core/auth/guards";
import { describeDateRange, periodTitle } from "@/lib/availability/describe";
import { loadPeriodFormOptions, periodFormDefaults } from "@/lib/availability/form-data";
import { listOffersForPeriod } from "@/lib/availability/matching";
import { getInstitutionPeriod, getInstitutionSummary } from "@/lib/availability/queries";
import { today } from "@/lib/core/dates/clock";

export const metadata: Metadata = { title: "Période de disponibilité" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** One period of the caller's institution: edit it, its excluded dates, and the published offers it meets. */
export default async function PeriodPage({ params, searchParams }: Props) {
  const user = await requireUser("availability.manage");
  if (!user.institutionId) forbidden();
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const [institution, period] = await Promise.all([getInstitutionSummary(user.institutionId), getInstitutionPeriod(user.institutionId, id)]);
  if (!institution || !period) notFound();
  const [options, offers] = await Promise.all([loadPeriodFormOptions(institution.regionCode, period.disciplineId), listOffersForPeriod(period, today())]);
  const title = periodTitle({ institutionName: institution.name, discipline: period.discipline, studentCount: period.studentCount });

  return (
    <>
      <Breadcrumb items={[{ label: "Disponibilités", href: "/espace/disponibilites" }, { label: describeDateRange(period.startDate, period.endDate) }]} />
      <h1>Période {describeDateRange(period.startDate, period.endDate)}</h1>
      {query.enregistree === "1" && <Alert tone="success" title="Période enregistrée" data-testid="period-created" />}
      {query.copie === "1" && (
        <Alert tone="info" title="Copie créée">
          <p>Ajustez la copie (promotion, dates, effectif) puis enregistrez-la.</p>
        </Alert>
      )}
      <OverlapWarning overlaps={period.overlaps} />
      {institution.isActive && (
        <div className="my-6">
          <PeriodActions periodId={period.id} title={title} afterDelete="/espace/disponibilites" />
        </div>
      )}
      <PeriodForm {...options} defaults={periodFormDefaults(period, institution.departmentCode)} periodId={period.id} />
      <ExcludedDatesEditor periodId={period.id} dates={period.excludedDates} startDate={period.startDate} endDate={period.endDate} />
      <MatchingOffers offers={offers} />
    </>
  );
}
