import "server-only";
import { and, asc, eq, or } from "drizzle-orm";
import { db } from "@/db/client";
import { availabilityPeriods, institutions, referenceItems, type AvailabilityPeriod, type ReferenceKind } from "@/db/schema";
import { sameCohort } from "./cohort";
import { rangesOverlap } from "./days";
import { isUuid } from "@/lib/core/validation/ids";

/**
 * Reads of the institution space (« Disponibilités »), always scoped by the caller's institution
 * (from the session, never from a URL parameter): another institution's period answers null.
 */
export type OwnPeriod = AvailabilityPeriod & { discipline: string };
export type OverlapNote = { id: string; startDate: string; endDate: string; promotion: string | null };
export type OwnPeriodRow = OwnPeriod & { overlaps: OverlapNote[] };

const periodColumns = { period: availabilityPeriods, discipline: referenceItems.label };

export async function listInstitutionPeriods(institutionId: string): Promise<OwnPeriodRow[]> {
  const rows = await db
    .select(periodColumns)
    .from(availabilityPeriods)
    .innerJoin(referenceItems, eq(referenceItems.id, availabilityPeriods.disciplineId))
    .where(eq(availabilityPeriods.institutionId, institutionId))
    .orderBy(asc(availabilityPeriods.startDate), asc(availabilityPeriods.createdAt));
  const periods = rows.map(({ period, discipline }) => ({ ...period, discipline }));
  return periods.map((period) => ({ ...period, overlaps: overlapsOf(period, periods) }));
}

/**
 * Periods of the same cohort (discipline, year and group: lib/availability/cohort.ts) whose dates
 * overlap: allowed but flagged, because it is most often a period declared twice. Two groups of one
 * promotion going out at once are not flagged.
 */
export function overlapsOf(
  period: Pick<AvailabilityPeriod, "id" | "disciplineId" | "promotion" | "startDate" | "endDate">,
  others: readonly AvailabilityPeriod[],
): OverlapNote[] {
  return others
    .filter((other) => other.id !== period.id && sameCohort(other, period))
    .filter((other) => rangesOverlap({ start: period.startDate, end: period.endDate }, { start: other.startDate, end: other.endDate }))
    .map(({ id, startDate, endDate, promotion }) => ({ id, startDate, endDate, promotion }));
}

/** One of the institution's periods with its overlaps, or null (unknown id, or another institution's). */
export async function getInstitutionPeriod(institutionId: string, periodId: string): Promise<OwnPeriodRow | null> {
  if (!isUuid(periodId)) return null;
  const all = await listInstitutionPeriods(institutionId);
  return all.find((period) => period.id === periodId) ?? null;
}

export async function getInstitutionSummary(institutionId: string) {
  const [row] = await db
    .select({
      id: institutions.id,
      name: institutions.name,
      regionCode: institutions.regionCode,
      departmentCode: institutions.departmentCode,
      isActive: institutions.isActive,
    })
    .from(institutions)
    .where(eq(institutions.id, institutionId))
    .limit(1);
  return row ?? null;
}

export type ReferenceOption = { value: string; label: string };

/**
 * Active items of a reference list, for a `<select>`; `keepId`: the value the edited row already
 * holds, listed even if deactivated since (/admin/referentiels), so that the form still shows it.
 */
export async function listReferenceOptions(kind: ReferenceKind, keepId?: number | null): Promise<ReferenceOption[]> {
  const rows = await db
    .select({ id: referenceItems.id, label: referenceItems.label })
    .from(referenceItems)
    .where(
      and(eq(referenceItems.kind, kind), keepId ? or(eq(referenceItems.isActive, true), eq(referenceItems.id, keepId)) : eq(referenceItems.isActive, true)),
    )
    .orderBy(asc(referenceItems.position), asc(referenceItems.id));
  return rows.map((row) => ({ value: String(row.id), label: row.label }));
}
