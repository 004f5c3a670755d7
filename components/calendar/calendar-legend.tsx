import type { ReactNode } from "react";
import type { MonthColumn } from "@/lib/availability/days";
import type { Holiday } from "@/lib/availability/holidays";
import { formatDateFr } from "@/lib/core/dates/paris";

/**
 * What the bars and the shading mean, and the month's public holidays in words; `localHolidays`:
 * Alsace-Moselle's, not shaded because the view also covers other départements.
 */
export function CalendarLegend({ columns, localHolidays = [] }: { columns: readonly MonthColumn[]; localHolidays?: readonly Holiday[] }) {
  const holidays = columns.filter((column) => column.holiday);
  return (
    <div className="mb-6 text-sm">
      <h3 className="mb-2 text-base md:text-lg">Légende</h3>
      {/* The bars and the shading only exist from md up; below, the list view says the days in words. */}
      <ul className="m-0 hidden list-none flex-wrap gap-x-6 gap-y-2 p-0 md:flex">
        <LegendItem swatch={<span className="block h-4 w-6 rounded-sm bg-blue-france" />}>Journée disponible</LegendItem>
        <LegendItem swatch={<span className="block h-2 w-6 self-start rounded-sm bg-blue-france" />}>Matin seulement (moitié haute)</LegendItem>
        <LegendItem swatch={<span className="block h-2 w-6 self-end rounded-sm bg-blue-france" />}>Après-midi seulement (moitié basse)</LegendItem>
        <LegendItem swatch={<span className="block h-4 w-6 border border-grey-625 bg-grey-950" />}>Week-end</LegendItem>
        <LegendItem swatch={<span className="block h-4 w-6 border border-grey-625 bg-red-marianne-950" />}>Jour férié</LegendItem>
      </ul>
      <p className="mt-2 mb-0">
        {holidays.length === 0
          ? "Aucun jour férié ce mois-ci."
          : `Jours fériés du mois : ${holidays.map((column) => `${formatDateFr(column.date)} (${column.holiday})`).join(", ")}.`}
        {localHolidays.length > 0 &&
          ` En Moselle, Bas-Rhin et Haut-Rhin seulement : ${localHolidays.map((holiday) => `${formatDateFr(holiday.date)} (${holiday.name})`).join(", ")}.`}
      </p>
    </div>
  );
}

function LegendItem({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-2">
      <span aria-hidden="true" className="flex h-4 w-6">
        {swatch}
      </span>
      {children}
    </li>
  );
}
