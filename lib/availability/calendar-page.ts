import { today } from "@/lib/dates/clock";
import { getCalendarOptions, listCalendarPeriods } from "./calendar";
import { parseCalendarFilters } from "./calendar-filters";

type SearchParams = Record<string, string | string[] | undefined>;

/**
 * What both calendar pages load: the filters from the URL, the filter choices and one page of
 * rows, all in the caller's région (the admin's, the structure's or the institution's).
 */
export async function loadCalendar(regionCode: string, searchParams: SearchParams) {
  const filters = parseCalendarFilters(searchParams, today());
  const [options, data] = await Promise.all([getCalendarOptions(regionCode), listCalendarPeriods(regionCode, filters)]);
  // A filter pointing at nothing of the région (another région's institution) simply shows nothing.
  return { filters, options, data };
}
