import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { availabilityPeriods, institutions, referenceItems } from "@/db/schema";
import type { WeeklySlot } from "@/db/schema/types";
import type { SessionUser } from "@/lib/core/auth/session";
import { AppError, fieldError, forbiddenError, notFoundError } from "@/lib/core/errors";
import { getDepartment } from "@/lib/core/geo/territories";
import { daysFromTo } from "./days";
import { DEPARTMENT_MESSAGE, EXCLUDED_AFTER_PERIOD_MESSAGE, EXCLUDED_BEFORE_PERIOD_MESSAGE, type PeriodValues } from "./schemas";
import { one } from "@/lib/core/rows";

/**
 * Writes of availability periods (docs/produit.md#disponibilites-et-calendrier). Every statement is scoped by the caller's institution
 * in its WHERE clause, so a forged or foreign period id changes 0 rows and answers not-found; an
 * institution deactivated by the ARS accepts no write.
 */
export type InstitutionActor = { id: string; institutionId: string; regionCode: string };

export function institutionActorOf(user: SessionUser): InstitutionActor {
  if (user.kind !== "INSTITUTION" || !user.institutionId || !user.regionCode) throw forbiddenError();
  return { id: user.id, institutionId: user.institutionId, regionCode: user.regionCode };
}

const PERIOD = "Cette période";
const INACTIVE_MESSAGE = "Votre établissement a été désactivé par l'agence régionale de santé : ses périodes ne peuvent plus être modifiées.";

async function assertActiveInstitution(tx: DbOrTx, actor: InstitutionActor): Promise<void> {
  const [row] = await tx
    .select({ isActive: institutions.isActive })
    .from(institutions)
    .where(and(eq(institutions.id, actor.institutionId), eq(institutions.regionCode, actor.regionCode)))
    .limit(1);
  if (!row) throw forbiddenError();
  if (!row.isActive) throw new AppError("FORBIDDEN", INACTIVE_MESSAGE);
}

/** What only the server knows: the discipline is an active reference item, the départements exist and are in the région. */
async function checkReferences(tx: DbOrTx, actor: InstitutionActor, values: PeriodValues, periodId?: string): Promise<void> {
  // A discipline deactivated since the period was declared stays acceptable on that period.
  const keptByPeriod = periodId
    ? sql`exists(select 1 from ${availabilityPeriods} where ${ownPeriod(actor, periodId)} and ${availabilityPeriods.disciplineId} = ${values.disciplineId})`
    : undefined;
  const [discipline] = await tx
    .select({ id: referenceItems.id })
    .from(referenceItems)
    .where(and(eq(referenceItems.id, values.disciplineId), eq(referenceItems.kind, "DISCIPLINE"), or(eq(referenceItems.isActive, true), keptByPeriod)))
    .limit(1);
  if (!discipline) throw fieldError("disciplineId", "Choisissez une discipline dans la liste");
  const foreign = values.departmentCodes.filter((code) => getDepartment(code)?.regionCode !== actor.regionCode);
  if (foreign.length > 0) throw fieldError("departmentCodes", `${DEPARTMENT_MESSAGE} (${foreign.join(", ")} n'en fait pas partie)`);
}

function columnsOf(values: PeriodValues) {
  return {
    disciplineId: values.disciplineId,
    promotion: values.promotion,
    studentCount: values.studentCount,
    startDate: values.startDate,
    endDate: values.endDate,
    modality: values.modality,
    weeklySlots: values.weeklySlots as WeeklySlot[],
    departmentCodes: values.departmentCodes,
    comment: values.comment,
  };
}

const ownPeriod = (actor: InstitutionActor, periodId: string) =>
  and(eq(availabilityPeriods.id, periodId), eq(availabilityPeriods.institutionId, actor.institutionId));

export async function createPeriod(actor: InstitutionActor, values: PeriodValues, now = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    await assertActiveInstitution(tx, actor);
    await checkReferences(tx, actor, values);
    const row = one(
      await tx
        .insert(availabilityPeriods)
        .values({
          ...columnsOf(values),
          institutionId: actor.institutionId,
          regionCode: actor.regionCode,
          createdById: actor.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: availabilityPeriods.id }),
    );
    return row;
  });
}

/** Excluded dates that the new dates leave outside the period are dropped: they would mean nothing. */
export async function updatePeriod(actor: InstitutionActor, periodId: string, values: PeriodValues, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await assertActiveInstitution(tx, actor);
    await checkReferences(tx, actor, values, periodId);
    const updated = await tx
      .update(availabilityPeriods)
      .set({
        ...columnsOf(values),
        excludedDates: sql`array(select d from unnest(${availabilityPeriods.excludedDates}) as d where d between ${values.startDate}::date and ${values.endDate}::date order by d)`,
        updatedAt: now,
      })
      .where(ownPeriod(actor, periodId))
      .returning({ id: availabilityPeriods.id });
    if (updated.length === 0) throw notFoundError(PERIOD);
  });
}

/** « Dupliquer »: the same cohort again (next year, another group), to adjust. */
export async function duplicatePeriod(actor: InstitutionActor, periodId: string, now = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    await assertActiveInstitution(tx, actor);
    const [source] = await tx.select().from(availabilityPeriods).where(ownPeriod(actor, periodId)).limit(1);
    if (!source) throw notFoundError(PERIOD);
    const row = one(
      await tx
        .insert(availabilityPeriods)
        .values({
          institutionId: source.institutionId,
          regionCode: source.regionCode,
          disciplineId: source.disciplineId,
          promotion: source.promotion ? `${source.promotion} (copie)`.slice(0, 100) : "Copie",
          studentCount: source.studentCount,
          startDate: source.startDate,
          endDate: source.endDate,
          modality: source.modality,
          weeklySlots: source.weeklySlots,
          departmentCodes: source.departmentCodes,
          excludedDates: source.excludedDates,
          comment: source.comment,
          createdById: actor.id,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: availabilityPeriods.id }),
    );
    return row;
  });
}

export async function deletePeriod(actor: InstitutionActor, periodId: string): Promise<void> {
  await db.transaction(async (tx) => {
    await assertActiveInstitution(tx, actor);
    const deleted = await tx.delete(availabilityPeriods).where(ownPeriod(actor, periodId)).returning({ id: availabilityPeriods.id });
    if (deleted.length === 0) throw notFoundError(PERIOD);
  });
}

/**
 * Adds the days from `from` to `to` (one day when equal) to the excluded dates. The whole range
 * must lie within the period (so a period holds at most its own days), each end refused next to
 * its own field; days already excluded are harmless. Stored one day each: the calendar, the exports and the matching read days.
 */
export async function addExcludedDates(actor: InstitutionActor, periodId: string, from: string, to: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await assertActiveInstitution(tx, actor);
    const [period] = await tx
      .select({ startDate: availabilityPeriods.startDate, endDate: availabilityPeriods.endDate, excludedDates: availabilityPeriods.excludedDates })
      .from(availabilityPeriods)
      .where(ownPeriod(actor, periodId))
      .for("update")
      .limit(1);
    if (!period) throw notFoundError(PERIOD);
    if (from < period.startDate || from > period.endDate)
      throw fieldError("date", from < period.startDate ? EXCLUDED_BEFORE_PERIOD_MESSAGE : EXCLUDED_AFTER_PERIOD_MESSAGE);
    if (to > period.endDate) throw fieldError("endDate", EXCLUDED_AFTER_PERIOD_MESSAGE);
    const excluded = new Set([...period.excludedDates, ...daysFromTo(from, to)]);
    if (excluded.size === period.excludedDates.length) return;
    await tx
      .update(availabilityPeriods)
      .set({ excludedDates: [...excluded].sort(), updatedAt: now })
      .where(ownPeriod(actor, periodId));
  });
}

/** « Retirer » an entry: every excluded day from `from` to `to`. */
export async function removeExcludedDates(actor: InstitutionActor, periodId: string, from: string, to: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await assertActiveInstitution(tx, actor);
    const updated = await tx
      .update(availabilityPeriods)
      .set({
        excludedDates: sql`array(select d from unnest(${availabilityPeriods.excludedDates}) as d where d not between ${from}::date and ${to}::date order by d)`,
        updatedAt: now,
      })
      .where(ownPeriod(actor, periodId))
      .returning({ id: availabilityPeriods.id });
    if (updated.length === 0) throw notFoundError(PERIOD);
  });
}
