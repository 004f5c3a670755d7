import type { Metadata } from "next";
import { DemandSummaryTable } from "@/components/calendar/demand-summary";
import { MonthView } from "@/components/calendar/month-view";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { loadCalendar } from "@/lib/availability/calendar-page";
import { shiftMonth } from "@/lib/availability/days";
import { getDemandSummary } from "@/lib/availability/matching";
import { today } from "@/lib/core/dates/clock";
import { getRegion, listDepartments } from "@/lib/core/geo/territories";

export const metadata: Metadata = { title: "Calendrier des disponibilités" };

/** The ARS's calendar of its région, with the students-vs-places summary below it. */
export default async function AdminCalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("admin.dashboard");
  const regionCode = regionOf(user);
  const {
    filters,
    options,
    data,
    extra: summary,
  } = await loadCalendar(regionCode, await searchParams, (filters) => {
    const departments = filters.departmentCode ? [filters.departmentCode] : listDepartments(regionCode).map((d) => d.code);
    return getDemandSummary(
      regionCode,
      [0, 1, 2].map((delta) => shiftMonth(filters.month, delta)),
      departments,
      filters,
      today(),
    );
  });
  return (
    <>
      <h1>Calendrier des disponibilités — {getRegion(regionCode)?.name ?? regionCode}</h1>
      <p>Les périodes de disponibilité des étudiants déclarées par les universités et instituts de la région.</p>
      <MonthView basePath="/admin/calendrier" filters={filters} options={options} data={data} />
      {summary && <DemandSummaryTable summary={summary} />}
    </>
  );
}
