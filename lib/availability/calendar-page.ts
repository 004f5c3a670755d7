import "server-only";
import { today } from "@/lib/core/dates/clock";
import { getCalendarOptions, listCalendarPeriods } from "./calendar";
import { parseCalendarFilters, type CalendarFilters } from "./calendar-filters";
import type { SearchParams } from "@/lib/core/http/search-params";

/**
 * What both calendar pages load: the filters from the URL, the filter choices and one page of
 * rows, all in the caller's région (the admin's, the structure's or the institution's). `extra`
 * runs alongside (the admin's summary), so that the page waits for one round of queries.
 */
export async function loadCalendar<T = null>(regionCode: string, searchParams: SearchParams, extra?: (filters: CalendarFilters) => Promise<T>) {
  const filters = parseCalendarFilters(searchParams, today());
  // A filter pointing at nothing of the région (another région's institution) simply shows nothing.
  const [options, data, more] = await Promise.all([getCalendarOptions(regionCode), listCalendarPeriods(regionCode, filters), extra ? extra(filters) : null]);
  return { filters, options, data, extra: more as T | null };
}
