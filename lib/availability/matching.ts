import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { availabilityPeriods, institutions, offers, referenceItems, structures } from "@/db/schema";
import type { SessionUser } from "@/lib/core/auth/session";
import { addDays } from "@/lib/core/dates/paris";
import { commonSlots, monthsOfPeriod, receivesOn, type ReceptionPlan } from "@/lib/offers/reception";
import { publiclyVisibleSql } from "@/lib/offers/visibility";
import { calendarColumns, coversDepartment, type CalendarPeriod } from "./calendar";
import { availableDaysBetween, firstDayOf, lastDayOf, type MonthKey, type PeriodPattern } from "./days";
import { ALSACE_MOSELLE_DEPARTMENTS, holidayOn } from "./holidays";

/**
 * Meeting points between offers and cohorts (docs/produit.md#disponibilites-et-calendrier). A cohort meets an
 * offer when their dates overlap (both ends included) and the offer's département is one where
 * the students can go (a period listing no département is open to its whole région). As in the
 * public catalogue, an offer without a stated period is not limited in time. Dates overlapping is
 * not enough: the cohort must be available at least one day of the overlap on which the structure
 * receives (its « Plage d'accueil » of that month, docs/produit.md#plage-daccueil-selon-le-mois), so
 * its excluded dates, the public holidays of the offer's département (Alsace-Moselle's too, there)
 * and the months or days the structure does not receive never make a meeting.
 */

type MatchedOffer = ReceptionPlan & { departmentCode: string | null; periodStart: string | null; periodEnd: string | null };

/** Whether the cohort has an available day within the offer's period on which the offer receives, holidays of the offer's département off. */
export function meetsOnSomeDay(cohort: PeriodPattern, offer: MatchedOffer): boolean {
  const rule = { alsaceMoselle: offer.departmentCode !== null && ALSACE_MOSELLE_DEPARTMENTS.has(offer.departmentCode) };
  return availableDaysBetween(cohort, offer.periodStart ?? cohort.startDate, offer.periodEnd ?? cohort.endDate, rule).some((day) =>
    receivesOn(offer, day.date, day.part),
  );
}

/** A calendar row, with the half-days it shares with the offer (empty when either grid is empty). */
export type MatchingCohort = CalendarPeriod & { commonSlots: string[] };

/**
 * Cohorts meeting an offer, for the offer's page in the offerer space or the admin's. Scoped: an
 * offerer sees them only for an offer of their structure, an admin for an offer of their région;
 * anyone else gets null, like an unknown offer.
 */
export async function listCohortsForOffer(offerId: number, viewer: SessionUser): Promise<MatchingCohort[] | null> {
  if (!Number.isSafeInteger(offerId) || offerId < 1) return null;
  const scope: SQL | undefined =
    viewer.kind === "OFFERER" && viewer.structureId
      ? eq(offers.structureId, viewer.structureId)
      : viewer.kind === "REGIONAL_ADMIN" && viewer.regionCode
        ? eq(offers.regionCode, viewer.regionCode)
        : undefined;
  if (!scope) return null;
  const [offer] = await db
    .select({
      regionCode: offers.regionCode,
      departmentCode: offers.departmentCode,
      periodStart: offers.periodStart,
      periodEnd: offers.periodEnd,
      weeklySlots: offers.weeklySlots,
      monthlySlots: offers.monthlySlots,
    })
    .from(offers)
    .where(and(eq(offers.id, offerId), sql`${offers.deletedAt} is null`, scope))
    .limit(1);
  if (!offer) return null;
  if (!offer.departmentCode) return [];
  const rows = await db
    .select(calendarColumns)
    .from(availabilityPeriods)
    .innerJoin(institutions, eq(institutions.id, availabilityPeriods.institutionId))
    .innerJoin(referenceItems, eq(referenceItems.id, availabilityPeriods.disciplineId))
    .where(
      and(
        eq(availabilityPeriods.regionCode, offer.regionCode),
        eq(institutions.isActive, true),
        offer.periodEnd ? sql`${availabilityPeriods.startDate} <= ${offer.periodEnd}::date` : undefined,
        offer.periodStart ? sql`${availabilityPeriods.endDate} >= ${offer.periodStart}::date` : undefined,
        coversDepartment(offer.departmentCode),
      ),
    )
    .orderBy(asc(availabilityPeriods.startDate), asc(institutions.name))
    .limit(200);
  return rows
    .filter((row) => meetsOnSomeDay(row, offer))
    .map((row) => {
      const overlap = monthsOfPeriod(maxDate(row.startDate, offer.periodStart), minDate(row.endDate, offer.periodEnd), Infinity);
      return { ...row, commonSlots: commonSlots(offer, row.weeklySlots, overlap) };
    });
}

export type MatchingOffer = {
  id: number;
  name: string;
  structureName: string;
  communeName: string | null;
  departmentCode: string | null;
  places: number | null;
  periodStart: string | null;
  periodEnd: string | null;
} & ReceptionPlan;

/** Published offers a period could answer: visible today, in one of its départements, on a day it is available. */
export async function listOffersForPeriod(
  period: PeriodPattern & { regionCode: string; departmentCodes: readonly string[] },
  today: string,
): Promise<MatchingOffer[]> {
  const where = and(
    publiclyVisibleSql(today),
    period.departmentCodes.length > 0
      ? sql`${offers.departmentCode} in (${sql.join(
          period.departmentCodes.map((code) => sql`${code}`),
          sql`, `,
        )})`
      : eq(offers.regionCode, period.regionCode),
    sql`(${offers.periodStart} is null or ${offers.periodStart} <= ${period.endDate}::date)`,
    sql`(${offers.periodEnd} is null or ${offers.periodEnd} >= ${period.startDate}::date)`,
  );
  const rows = await db
    .select({
      id: offers.id,
      name: offers.name,
      structureName: structures.name,
      communeName: offers.communeName,
      departmentCode: offers.departmentCode,
      places: offers.places,
      periodStart: offers.periodStart,
      periodEnd: offers.periodEnd,
      weeklySlots: offers.weeklySlots,
      monthlySlots: offers.monthlySlots,
    })
    .from(offers)
    .innerJoin(structures, eq(structures.id, offers.structureId))
    .where(where)
    .orderBy(desc(offers.publicationStart), desc(offers.id))
    .limit(100);
  return rows.filter((offer) => meetsOnSomeDay(period, offer));
}

export type DemandCell = { students: number; places: number };
export type DemandSummary = { months: MonthKey[]; rows: { departmentCode: string; cells: DemandCell[] }[] };

/**
 * For the admin calendar: per département and month, students declared (a cohort counts in each
 * département it can go to; one open to the whole région counts in its institution's) against
 * places of the offers published today.
 */
export async function getDemandSummary(
  regionCode: string,
  months: MonthKey[],
  departmentCodes: string[],
  filters: { disciplineId: number | null; institutionId: string | null },
  today: string,
): Promise<DemandSummary> {
  const monthValues = sql.join(
    months.map((month) => sql`(${month}::text, ${firstDayOf(month)}::date, ${lastDayOf(month)}::date)`),
    sql`, `,
  );
  const key = (month: string, department: string) => `${month}|${department}`;
  const [cohorts, places] = await Promise.all([
    db
      .select({
        studentCount: availabilityPeriods.studentCount,
        startDate: availabilityPeriods.startDate,
        endDate: availabilityPeriods.endDate,
        modality: availabilityPeriods.modality,
        weeklySlots: availabilityPeriods.weeklySlots,
        excludedDates: availabilityPeriods.excludedDates,
        departmentCodes: availabilityPeriods.departmentCodes,
        institutionDepartment: institutions.departmentCode,
      })
      .from(availabilityPeriods)
      .innerJoin(institutions, and(eq(institutions.id, availabilityPeriods.institutionId), eq(institutions.isActive, true)))
      .where(
        and(
          eq(availabilityPeriods.regionCode, regionCode),
          sql`${availabilityPeriods.startDate} <= ${lastDayOf(months.at(-1)!)}::date and ${availabilityPeriods.endDate} >= ${firstDayOf(months[0]!)}::date`,
          filters.disciplineId !== null ? eq(availabilityPeriods.disciplineId, filters.disciplineId) : undefined,
          filters.institutionId ? eq(availabilityPeriods.institutionId, filters.institutionId) : undefined,
        ),
      ),
    // Each offer's days in each month (its period within the month), to leave out those that fall only on holidays.
    db.execute<{
      month: string;
      department: string;
      places: number;
      first: string;
      last: string;
      weekly_slots: string[];
      monthly_slots: ReceptionPlan["monthlySlots"];
    }>(sql`
      with months(month, first_day, last_day) as (values ${monthValues})
      select m.month, ${offers.departmentCode} as department, coalesce(${offers.places}, 0)::int as places,
             ${offers.weeklySlots} as weekly_slots, ${offers.monthlySlots} as monthly_slots,
             greatest(coalesce(${offers.periodStart}, m.first_day), m.first_day)::text as first,
             least(coalesce(${offers.periodEnd}, m.last_day), m.last_day)::text as last
        from months m
        join ${offers} on (${offers.periodStart} is null or ${offers.periodStart} <= m.last_day)
                      and (${offers.periodEnd} is null or ${offers.periodEnd} >= m.first_day)
       where ${offers.regionCode} = ${regionCode} and ${offers.departmentCode} is not null and ${publiclyVisibleSql(today)}`),
  ]);
  // A cohort counts in a month and a département only if it has an available day there: its
  // excluded dates and that département's public holidays off (a period reduced to 1 January in a
  // month counts nowhere that month).
  const studentTotals = new Map<string, number>();
  for (const cohort of cohorts) {
    const departments = cohort.departmentCodes.length > 0 ? cohort.departmentCodes : [cohort.institutionDepartment];
    for (const month of months) {
      const available = (alsaceMoselle: boolean) => availableDaysBetween(cohort, firstDayOf(month), lastDayOf(month), { alsaceMoselle }).length > 0;
      const national = available(false);
      const local = departments.some((code) => ALSACE_MOSELLE_DEPARTMENTS.has(code)) ? available(true) : national;
      for (const department of departments) {
        if (!(ALSACE_MOSELLE_DEPARTMENTS.has(department) ? local : national)) continue;
        studentTotals.set(key(month, department), (studentTotals.get(key(month, department)) ?? 0) + cohort.studentCount);
      }
    }
  }
  // The same rule for places: an offer counts in a month only if it receives there (its grid of that
  // month) on a day that is not a public holiday of its département.
  const placeTotals = new Map<string, number>();
  for (const row of places) {
    const plan = { weeklySlots: row.weekly_slots, monthlySlots: row.monthly_slots };
    if (!receivesOnWorkingDay(plan, row.first, row.last, ALSACE_MOSELLE_DEPARTMENTS.has(row.department))) continue;
    placeTotals.set(key(row.month, row.department), (placeTotals.get(key(row.month, row.department)) ?? 0) + Number(row.places));
  }
  return {
    months,
    rows: departmentCodes.map((departmentCode) => ({
      departmentCode,
      cells: months.map((month) => ({
        students: studentTotals.get(key(month, departmentCode)) ?? 0,
        places: placeTotals.get(key(month, departmentCode)) ?? 0,
      })),
    })),
  };
}

/** Whether the offer receives on a day from `first` to `last` (a month at most) that is not a public holiday. */
function receivesOnWorkingDay(plan: ReceptionPlan, first: string, last: string, alsaceMoselle: boolean): boolean {
  for (let day = first; day <= last; day = addDays(day, 1)) if (receivesOn(plan, day) && !holidayOn(day, { alsaceMoselle })) return true;
  return false;
}

const maxDate = (a: string, b: string | null) => (b && b > a ? b : a);
const minDate = (a: string, b: string | null) => (b && b < a ? b : a);
