import { parseMonth, type MonthKey } from "./days";
import { isUuid, parsePage, parseSerialId } from "@/lib/core/validation/ids";
import { searchParam, type SearchParams } from "@/lib/core/http/search-params";

/**
 * The calendar's filters as they live in the URL (`?mois=2026-05&discipline=3&etablissement=…&departement=93`),
 * so that a view can be bookmarked, shared and exported. Parsing never fails: junk is dropped
 * (`mois=2026-13` gives the current month), the page stays a normal page, never a 500.
 */
export type CalendarFilters = {
  month: MonthKey;
  disciplineId: number | null;
  institutionId: string | null;
  departmentCode: string | null;
  page: number;
};

export function parseCalendarFilters(params: SearchParams, today: string): CalendarFilters {
  const discipline = searchParam(params, "discipline");
  const institution = searchParam(params, "etablissement").toLowerCase();
  const department = searchParam(params, "departement").toUpperCase();
  return {
    month: parseMonth(searchParam(params, "mois"), today),
    disciplineId: parseSerialId(discipline),
    institutionId: isUuid(institution) ? institution : null,
    departmentCode: /^(?:\d{2,3}|2[AB])$/.test(department) ? department : null,
    page: parsePage(searchParam(params, "page"), 10_000),
  };
}

/** The query string of a view (only the filters that are set), for links, pagination and exports. */
export function calendarQuery(filters: CalendarFilters, overrides: Partial<CalendarFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  params.set("mois", merged.month);
  if (merged.disciplineId !== null) params.set("discipline", String(merged.disciplineId));
  if (merged.institutionId) params.set("etablissement", merged.institutionId);
  if (merged.departmentCode) params.set("departement", merged.departmentCode);
  if (merged.page > 1) params.set("page", String(merged.page));
  return params.toString();
}
