import type { Metadata } from "next";
import { MonthView } from "@/components/calendar/month-view";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { loadCalendar } from "@/lib/availability/calendar-page";
import { getRegion } from "@/lib/core/geo/territories";

export const metadata: Metadata = { title: "Calendrier des disponibilités" };

/** « Calendrier » of offerers and institution users: the periods of their région (docs/produit.md#disponibilites-et-calendrier). */
export default async function SpaceCalendarPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser("calendar.view");
  const regionCode = regionOf(user);
  const { filters, options, data } = await loadCalendar(regionCode, await searchParams);
  return (
    <>
      <h1>Calendrier des disponibilités des étudiants</h1>
      <p>
        Quand les étudiants des universités et instituts de la région {getRegion(regionCode)?.name ?? ""} peuvent venir : survolez une ligne ou placez-y le
        focus pour lire ses modalités.
      </p>
      <MonthView basePath="/espace/calendrier" filters={filters} options={options} data={data} />
    </>
  );
}
