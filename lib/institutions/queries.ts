import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { hasSecondFactorSql } from "@/lib/core/auth/second-factor/has-second-factor-sql";
import { availabilityPeriods, institutions, referenceItems, users } from "@/db/schema";
import { getDepartment } from "@/lib/core/geo/territories";
import { isUuid } from "@/lib/core/validation/ids";
import { USER_CONTACT_COLUMNS, type UserContact } from "@/lib/users/columns";

/** Reads of « Établissements » for the regional admin, scoped to their région in every query. */
export type InstitutionRow = {
  id: string;
  name: string;
  typeId: number;
  typeLabel: string;
  departmentCode: string;
  departmentName: string;
  isActive: boolean;
  userCount: number;
  periodCount: number;
};

export async function listRegionInstitutions(regionCode: string): Promise<InstitutionRow[]> {
  const rows = await db
    .select({
      id: institutions.id,
      name: institutions.name,
      typeId: institutions.typeId,
      typeLabel: referenceItems.label,
      departmentCode: institutions.departmentCode,
      isActive: institutions.isActive,
      userCount: sql<number>`(select count(*)::int from ${users} where ${users.institutionId} = ${institutions.id} and ${users.deletedAt} is null)`,
      periodCount: sql<number>`(select count(*)::int from ${availabilityPeriods} where ${availabilityPeriods.institutionId} = ${institutions.id})`,
    })
    .from(institutions)
    .innerJoin(referenceItems, eq(referenceItems.id, institutions.typeId))
    .where(eq(institutions.regionCode, regionCode))
    .orderBy(sql`${institutions.isActive} desc`, asc(institutions.name));
  return rows.map((row) => ({ ...row, departmentName: getDepartment(row.departmentCode)?.name ?? row.departmentCode }));
}

export async function getRegionInstitution(regionCode: string, institutionId: string): Promise<InstitutionRow | null> {
  if (!isUuid(institutionId)) return null;
  const all = await listRegionInstitutions(regionCode);
  return all.find((row) => row.id === institutionId) ?? null;
}

export type InstitutionUserRow = UserContact & {
  /** No password yet: the activation link has not been used. */
  isPending: boolean;
  isFrozen: boolean;
  createdAt: Date;
  lastLoginAt: Date | null;
  hasSecondFactor: boolean;
};

export async function listInstitutionUsers(regionCode: string, institutionId: string): Promise<InstitutionUserRow[]> {
  const rows = await db
    .select({
      ...USER_CONTACT_COLUMNS,
      isPending: sql<boolean>`${users.passwordHash} is null`,
      isFrozen: sql<boolean>`${users.frozenAt} is not null`,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
      hasSecondFactor: hasSecondFactorSql(users.id),
    })
    .from(users)
    .innerJoin(institutions, eq(institutions.id, users.institutionId))
    .where(and(eq(users.institutionId, institutionId), eq(institutions.regionCode, regionCode), isNull(users.deletedAt)))
    .orderBy(asc(users.lastName), asc(users.firstName));
  return rows;
}
