import "server-only";
import { and, asc, desc, eq, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { availabilityPeriods, institutions, offers, referenceItems, structures } from "@/db/schema";
import type { SessionUser } from "@/lib/core/auth/session";
import { publiclyVisibleSql } from "@/lib/offers/visibility";
import { calendarColumns, coversDepartment, type CalendarPeriod } from "./calendar";
import { firstDayOf, lastDayOf, type MonthKey } from "./days";

/**
 * Meeting points between offers and cohorts (docs/produit.md#disponibilites-et-calendrier). A cohort meets an
 * offer when their dates overlap (both ends included) and the offer's département is one where
 * the students can go (a period listing no département is open to its whole région). As in the
 * public catalogue, an offer without a stated period is not limited in time.
 */

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
  const offerSlots = new Set(offer.weeklySlots);
  return rows.map((row) => ({ ...row, commonSlots: row.weeklySlots.filter((slot) => offerSlots.has(slot)) }));
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
};

/** Published offers a period could answer: visible today, dates overlapping, in one of its départements. */
export async function listOffersForPeriod(
  period: { regionCode: string; startDate: string; endDate: string; departmentCodes: readonly string[] },
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
  return db
    .select({
      id: offers.id,
      name: offers.name,
      structureName: structures.name,
      communeName: offers.communeName,
      departmentCode: offers.departmentCode,
      places: offers.places,
      periodStart: offers.periodStart,
      periodEnd: offers.periodEnd,
    })
    .from(offers)
    .innerJoin(structures, eq(structures.id, offers.structureId))
    .where(where)
    .orderBy(desc(offers.publicationStart), desc(offers.id))
    .limit(100);
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
  const [students, places] = await Promise.all([
    db.execute<{ month: string; department: string; total: number }>(sql`
      with months(month, first_day, last_day) as (values ${monthValues})
      select m.month, d.department, sum(p.student_count)::int as total
        from months m
        join ${availabilityPeriods} p on p.start_date <= m.last_day and p.end_date >= m.first_day
        join ${institutions} i on i.id = p.institution_id and i.is_active
        cross join lateral unnest(case when cardinality(p.department_codes) = 0 then array[i.department_code] else p.department_codes end) as d(department)
       where p.region_code = ${regionCode}
         ${filters.disciplineId !== null ? sql`and p.discipline_id = ${filters.disciplineId}` : sql``}
         ${filters.institutionId ? sql`and p.institution_id = ${filters.institutionId}` : sql``}
       group by m.month, d.department`),
    db.execute<{ month: string; department: string; total: number }>(sql`
      with months(month, first_day, last_day) as (values ${monthValues})
      select m.month, ${offers.departmentCode} as department, coalesce(sum(${offers.places}), 0)::int as total
        from months m
        join ${offers} on (${offers.periodStart} is null or ${offers.periodStart} <= m.last_day)
                      and (${offers.periodEnd} is null or ${offers.periodEnd} >= m.first_day)
       where ${offers.regionCode} = ${regionCode} and ${offers.departmentCode} is not null and ${publiclyVisibleSql(today)}
       group by m.month, ${offers.departmentCode}`),
  ]);
  const key = (month: string, department: string) => `${month}|${department}`;
  const studentTotals = new Map([...students].map((row) => [key(row.month, row.department), Number(row.total)]));
  const placeTotals = new Map([...places].map((row) => [key(row.month, row.department), Number(row.total)]));
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
