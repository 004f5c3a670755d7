import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { availabilityPeriods, institutions, referenceItems } from "@/db/schema";
import { listDepartments } from "@/lib/core/geo/territories";
import type { CalendarFilters } from "./calendar-filters";
import { firstDayOf, lastDayOf } from "./days";
import { listReferenceOptions, type ReferenceOption } from "./queries";

/**
 * Reads of the calendar (docs/produit.md#disponibilites-et-calendrier), always scoped to one région: the regional admin's, the région of
 * an offerer's structure or of an institution. Only active institutions' periods are shown.
 */
export const CALENDAR_PAGE_SIZE = 100;
/** An export holds the whole filtered view, up to this many periods. */
export const EXPORT_LIMIT = 5000;

export type CalendarPeriod = {
  id: string;
  institutionId: string;
  institutionName: string;
  institutionDepartment: string;
  discipline: string;
  promotion: string | null;
  studentCount: number;
  startDate: string;
  endDate: string;
  modality: "CONTINUOUS" | "SPLIT";
  weeklySlots: string[];
  departmentCodes: string[];
  excludedDates: string[];
  comment: string | null;
  updatedAt: Date;
};

/** Periods that cover the département: those listing it, and those open to the whole région (none listed). */
export function coversDepartment(departmentCode: string): SQL {
  return sql`(cardinality(${availabilityPeriods.departmentCodes}) = 0 or ${departmentCode} = any(${availabilityPeriods.departmentCodes}))`;
}

function calendarWhere(regionCode: string, filters: Omit<CalendarFilters, "page">, range: { from: string; to: string }): SQL | undefined {
  return and(
    eq(availabilityPeriods.regionCode, regionCode),
    eq(institutions.isActive, true),
    sql`${availabilityPeriods.startDate} <= ${range.to}::date and ${availabilityPeriods.endDate} >= ${range.from}::date`,
    filters.disciplineId !== null ? eq(availabilityPeriods.disciplineId, filters.disciplineId) : undefined,
    filters.institutionId ? eq(availabilityPeriods.institutionId, filters.institutionId) : undefined,
    filters.departmentCode ? coversDepartment(filters.departmentCode) : undefined,
  );
}

/** The columns of a calendar row, shared by the meeting points (lib/availability/matching.ts). */
export const calendarColumns = {
  id: availabilityPeriods.id,
  institutionId: availabilityPeriods.institutionId,
  institutionName: institutions.name,
  institutionDepartment: institutions.departmentCode,
  discipline: referenceItems.label,
  promotion: availabilityPeriods.promotion,
  studentCount: availabilityPeriods.studentCount,
  startDate: availabilityPeriods.startDate,
  endDate: availabilityPeriods.endDate,
  modality: availabilityPeriods.modality,
  weeklySlots: availabilityPeriods.weeklySlots,
  departmentCodes: availabilityPeriods.departmentCodes,
  excludedDates: availabilityPeriods.excludedDates,
  comment: availabilityPeriods.comment,
  updatedAt: availabilityPeriods.updatedAt,
};

function periodsQuery(regionCode: string, filters: Omit<CalendarFilters, "page">, range: { from: string; to: string }) {
  return db
    .select({ ...calendarColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
    .from(availabilityPeriods)
    .innerJoin(institutions, eq(institutions.id, availabilityPeriods.institutionId))
    .innerJoin(referenceItems, eq(referenceItems.id, availabilityPeriods.disciplineId))
    .where(calendarWhere(regionCode, filters, range))
    .orderBy(asc(institutions.name), asc(referenceItems.label), asc(availabilityPeriods.startDate), asc(availabilityPeriods.id));
}

function withoutTotal<T extends { total: number }>(row: T): Omit<T, "total"> {
  const copy: Partial<T> = { ...row };
  delete copy.total;
  return copy as Omit<T, "total">;
}

export type CalendarPage = { periods: CalendarPeriod[]; total: number; page: number; pageCount: number };

/** One page of the month's rows; an absurd page number falls back to the last page. */
export async function listCalendarPeriods(regionCode: string, filters: CalendarFilters): Promise<CalendarPage> {
  const range = { from: firstDayOf(filters.month), to: lastDayOf(filters.month) };
  let page = filters.page;
  let rows = await periodsQuery(regionCode, filters, range)
    .limit(CALENDAR_PAGE_SIZE)
    .offset((page - 1) * CALENDAR_PAGE_SIZE);
  if (rows.length === 0 && page > 1) {
    const [{ total } = { total: 0 }] = await periodsQuery(regionCode, filters, range).limit(1);
    page = Math.max(1, Math.ceil(total / CALENDAR_PAGE_SIZE));
    rows = await periodsQuery(regionCode, filters, range)
      .limit(CALENDAR_PAGE_SIZE)
      .offset((page - 1) * CALENDAR_PAGE_SIZE);
  }
  const total = rows[0]?.total ?? 0;
  return { periods: rows.map(withoutTotal), total, page, pageCount: Math.max(1, Math.ceil(total / CALENDAR_PAGE_SIZE)) };
}

/** Every period of the filtered month, for the CSV and iCalendar exports. */
export async function listCalendarPeriodsForExport(regionCode: string, filters: CalendarFilters): Promise<CalendarPeriod[]> {
  const rows = await periodsQuery(regionCode, filters, { from: firstDayOf(filters.month), to: lastDayOf(filters.month) }).limit(EXPORT_LIMIT);
  return rows.map(withoutTotal);
}

export type CalendarOptions = { disciplines: ReferenceOption[]; institutions: ReferenceOption[]; departments: ReferenceOption[] };

/** The filters' choices: the région's active institutions and départements. */
export async function getCalendarOptions(regionCode: string): Promise<CalendarOptions> {
  const [disciplines, rows] = await Promise.all([
    listReferenceOptions("DISCIPLINE"),
    db
      .select({ id: institutions.id, name: institutions.name })
      .from(institutions)
      .where(and(eq(institutions.regionCode, regionCode), eq(institutions.isActive, true)))
      .orderBy(asc(institutions.name)),
  ]);
  return {
    disciplines,
    institutions: rows.map((row) => ({ value: row.id, label: row.name })),
    departments: listDepartments(regionCode).map((d) => ({ value: d.code, label: `${d.code} – ${d.name}` })),
  };
}
