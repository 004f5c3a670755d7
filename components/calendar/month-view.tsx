import Link from "next/link";
import type { CSSProperties } from "react";
import { Pagination } from "@/components/ui/pagination";
import type { CalendarOptions, CalendarPage } from "@/lib/availability/calendar";
import { calendarQuery, type CalendarFilters } from "@/lib/availability/calendar-filters";
import { monthOf, shiftMonth } from "@/lib/availability/days";
import { alsaceMoselleHolidays, alsaceMoselleShare } from "@/lib/availability/holidays";
import { monthLabel } from "@/lib/availability/describe";
import { buildMonthGrid } from "@/lib/availability/month-grid";
import { getDepartment } from "@/lib/core/geo/territories";
import { CalendarFiltersForm } from "./calendar-filters-form";
import { CalendarLegend } from "./calendar-legend";
import { CalendarRow } from "./calendar-row";
import { CalendarTooltips } from "./calendar-tooltips";
import styles from "./month-view.module.css";

const WEEKDAY_INITIALS = ["", "L", "M", "M", "J", "V", "S", "D"];

type MonthViewProps = {
  /** `/admin/calendrier` or `/espace/calendrier`: links, filters and exports stay on the same page. */
  basePath: string;
  filters: CalendarFilters;
  options: CalendarOptions;
  data: CalendarPage;
};

const departmentName = (code: string) => {
  const department = getDepartment(code);
  return department ? `${department.name} (${code})` : code;
};

/**
 * « Calendrier » (docs/produit.md#disponibilites-et-calendrier, guide IDF ch. 6): the month view shared by the admin and the spaces. One
 * row per period (« Institution — Discipline — N étudiants »), one column per day, bars on the
 * available days, weekends and public holidays shaded, « < » / « > » and a month picker, filters in
 * the URL, details on hover and focus, a legend, and a list view below 768 px.
 */
export function MonthView({ basePath, filters, options, data }: MonthViewProps) {
  // Alsace-Moselle's two extra holidays are shaded when the view is theirs alone, named otherwise.
  const share = alsaceMoselleShare(filters.departmentCode ? [filters.departmentCode] : options.departments.map((d) => d.value));
  const grid = buildMonthGrid(data.periods, filters.month, departmentName, { alsaceMoselle: share === "all" });
  const localHolidays =
    share === "some" ? alsaceMoselleHolidays(Number(filters.month.slice(0, 4))).filter((holiday) => monthOf(holiday.date) === filters.month) : [];
  const previous = shiftMonth(filters.month, -1);
  const next = shiftMonth(filters.month, 1);
  const query = calendarQuery(filters, { page: 1 });
  const style = { "--cal-days": grid.columns.length, "--cal-shade": grid.shade } as CSSProperties;

  return (
    <section aria-labelledby="calendrier-mois">
      <nav aria-label="Changer de mois" className="mb-4 flex flex-wrap items-center gap-4">
        <Link
          href={`${basePath}?${calendarQuery(filters, { month: previous, page: 1 })}`}
          className="inline-flex min-h-10 items-center px-3 text-lg font-bold no-underline hover:bg-grey-975"
        >
          <span aria-hidden="true">&lt;</span>
          <span className="sr-only">Mois précédent : {monthLabel(previous)}</span>
        </Link>
        <h2 id="calendrier-mois" className="m-0 text-2xl first-letter:uppercase md:text-3xl">
          {monthLabel(filters.month)}
        </h2>
        <Link
          href={`${basePath}?${calendarQuery(filters, { month: next, page: 1 })}`}
          className="inline-flex min-h-10 items-center px-3 text-lg font-bold no-underline hover:bg-grey-975"
        >
          <span aria-hidden="true">&gt;</span>
          <span className="sr-only">Mois suivant : {monthLabel(next)}</span>
        </Link>
      </nav>

      <CalendarFiltersForm basePath={basePath} filters={filters} options={options} />

      <div className="mb-4 flex flex-wrap items-center justify-between gap-4">
        <p className="m-0 font-bold" data-testid="calendar-count">
          {data.total === 0 ? "Aucune période de disponibilité ce mois-ci" : `${data.total} période${data.total > 1 ? "s" : ""} de disponibilité ce mois-ci`}
        </p>
        <ul className="m-0 flex list-none flex-wrap gap-4 p-0 text-sm" aria-label="Exporter la vue filtrée">
          <li>
            <a href={`${basePath}/export.csv?${query}`} download>
              Exporter en CSV
            </a>
          </li>
          <li>
            <a href={`${basePath}/export.ics?${query}`} download>
              Exporter en iCalendar (.ics)
            </a>
          </li>
        </ul>
      </div>

      <CalendarLegend columns={grid.columns} localHolidays={localHolidays} />

      {grid.rows.length > 0 && (
        <CalendarTooltips>
          <div style={style} className={styles.calendar}>
            <p className="sr-only">
              Chaque ligne est un bouton : ses détails (modalités, demi-journées, commentaire) s&apos;affichent au survol ou au focus ; Échap les masque.
            </p>
            <div aria-hidden="true" data-day-header>
              {grid.columns.map((column) => (
                <span
                  key={column.date}
                  className={column.holiday ? "font-bold text-red-marianne-425" : column.isWeekend ? "text-grey-425" : "text-grey-200"}
                  title={column.holiday ?? undefined}
                >
                  <span className="block">{WEEKDAY_INITIALS[column.weekday]}</span>
                  <span className="block">{column.dayOfMonth}</span>
                </span>
              ))}
            </div>
            <ul aria-label={`Périodes de disponibilité, ${monthLabel(filters.month)}`} className="m-0 list-none p-0">
              {grid.rows.map((row, index) => (
                <CalendarRow key={row.id} row={row} index={index} />
              ))}
            </ul>
          </div>
        </CalendarTooltips>
      )}

      <Pagination page={data.page} pageCount={data.pageCount} hrefFor={(page) => `${basePath}?${calendarQuery(filters, { page })}`} />
    </section>
  );
}
