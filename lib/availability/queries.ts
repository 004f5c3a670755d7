import { asc, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { availabilityPeriods, institutions, referenceItems } from "@/db/schema";

/** An institution user's own periods (scoped by their institution, never by a URL parameter). */
export async function listInstitutionPeriods(institutionId: string) {
  return db
    .select({
      id: availabilityPeriods.id,
      discipline: referenceItems.label,
      promotion: availabilityPeriods.promotion,
      studentCount: availabilityPeriods.studentCount,
      startDate: availabilityPeriods.startDate,
      endDate: availabilityPeriods.endDate,
      modality: availabilityPeriods.modality,
      departmentCodes: availabilityPeriods.departmentCodes,
    })
    .from(availabilityPeriods)
    .innerJoin(referenceItems, eq(referenceItems.id, availabilityPeriods.disciplineId))
    .where(eq(availabilityPeriods.institutionId, institutionId))
    .orderBy(asc(availabilityPeriods.startDate));
}

export async function getInstitutionName(institutionId: string): Promise<string | null> {
  const [row] = await db.select({ name: institutions.name }).from(institutions).where(eq(institutions.id, institutionId)).limit(1);
  return row?.name ?? null;
}
