import "server-only";
import { authorizeRoute } from "@/lib/core/auth/guards";
import type { Capability } from "@/lib/core/auth/permissions";
import { today } from "@/lib/core/dates/clock";
import { formatDateFr } from "@/lib/core/dates/paris";
import { env } from "@/lib/core/env";
import { toCsv } from "@/lib/core/export/csv";
import { getDepartment } from "@/lib/core/geo/territories";
import { contentDispositionAttachment } from "@/lib/core/validation/files";
import { listCalendarPeriodsForExport, type CalendarPeriod } from "./calendar";
import { parseCalendarFilters } from "./calendar-filters";
import { availableDaysInMonth, type MonthKey } from "./days";
import { describeExcludedDates, describeHalfDays, describeSlots, monthLabel, periodTitle } from "./describe";
import { periodEvent, toICalendar } from "./ical";
import { MODALITY_LABELS } from "./schemas";

/**
 * Downloads of the calendar's filtered view (CSV, iCalendar). Route handlers are not behind the
 * page guards, so they check the session and the capabilities themselves, then export the same
 * rows as the page (same région scope, same URL filters, every page of them).
 */
export type ExportFormat = "csv" | "ics";

const CSV_HEADER = [
  "Établissement",
  "Département de l'établissement",
  "Discipline",
  "Promotion",
  "Nombre d'étudiants",
  "Début",
  "Fin",
  "Modalité",
  "Demi-journées",
  "Départements d'accueil",
  "Dates exclues",
  "Jours disponibles dans le mois",
  "Commentaire",
];

export function periodsToCsv(periods: readonly CalendarPeriod[], month: MonthKey): string {
  return toCsv(
    CSV_HEADER,
    periods.map((period) => [
      period.institutionName,
      period.institutionDepartment,
      period.discipline,
      period.promotion,
      period.studentCount,
      formatDateFr(period.startDate),
      formatDateFr(period.endDate),
      `${MODALITY_LABELS[period.modality]}, ${describeHalfDays(period.weeklySlots)}`,
      describeSlots(period.weeklySlots, period.modality),
      period.departmentCodes.length > 0 ? period.departmentCodes.join(", ") : "toute la région",
      describeExcludedDates(period.excludedDates),
      availableDaysInMonth(period, month).length,
      period.comment,
    ]),
  );
}

export function periodsToICalendar(periods: readonly CalendarPeriod[], calendarName: string, uidDomain: string): string {
  const events = periods.flatMap((period) => {
    const description = [
      period.promotion ? `Promotion : ${period.promotion}` : null,
      `Modalité : ${MODALITY_LABELS[period.modality]}, ${describeHalfDays(period.weeklySlots)}`,
      `Demi-journées : ${describeSlots(period.weeklySlots, period.modality)}`,
      `Départements : ${period.departmentCodes.length > 0 ? period.departmentCodes.map((code) => getDepartment(code)?.name ?? code).join(", ") : "toute la région"}`,
      period.comment ? `Commentaire : ${period.comment}` : null,
    ]
      .filter(Boolean)
      .join("\n");
    const event = periodEvent(period, { summary: periodTitle(period), description }, uidDomain);
    return event ? [event] : [];
  });
  return toICalendar(events, calendarName);
}

export async function calendarExportResponse(request: Request, format: ExportFormat, capabilities: Capability[]): Promise<Response> {
  const access = await authorizeRoute(capabilities, "region", {
    login: "Connectez-vous pour exporter le calendrier.",
    forbidden: "Vous n'avez pas accès à ce calendrier.",
  });
  if (access.denied) return access.denied;
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseCalendarFilters(params, today());
  const periods = await listCalendarPeriodsForExport(access.scopeId, filters);
  const baseName = `disponibilites-${filters.month}`;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  if (format === "csv") {
    return new Response(periodsToCsv(periods, filters.month), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": contentDispositionAttachment(`${baseName}.csv`) },
    });
  }
  const domain = new URL(env().APP_URL).hostname;
  return new Response(periodsToICalendar(periods, `Disponibilités des étudiants — ${monthLabel(filters.month)}`, domain), {
    headers: { ...headers, "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": contentDispositionAttachment(`${baseName}.ics`) },
  });
}
