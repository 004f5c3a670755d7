import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { hasSecondFactorSql } from "./has-second-factor-sql";

export type RegionAdminRow = { id: string; firstName: string; lastName: string; email: string; hasSecondFactor: boolean };

/** The région's admins (« Paramètres de la région »): one of them resets another's lost second factor. */
export async function listRegionAdmins(regionCode: string): Promise<RegionAdminRow[]> {
  return db
    .select({ id: users.id, firstName: users.firstName, lastName: users.lastName, email: users.email, hasSecondFactor: hasSecondFactorSql(users.id) })
    .from(users)
    .where(and(eq(users.kind, "REGIONAL_ADMIN"), eq(users.regionCode, regionCode), isNull(users.deletedAt)))
    .orderBy(asc(sql`lower(${users.lastName})`), asc(sql`lower(${users.firstName})`));
}
