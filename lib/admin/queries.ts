import { and, asc, count, eq } from "drizzle-orm";
import { db } from "@/db/client";
import { institutions, signupRequests, structures } from "@/db/schema";

/** The regional admin's dashboard figures, always within the admin's région. */
export async function getRegionOverview(regionCode: string) {
  const [[pending], [structureCount], [institutionCount], oldestPending] = await Promise.all([
    db.select({ total: count() }).from(signupRequests).where(and(eq(signupRequests.regionCode, regionCode), eq(signupRequests.status, "PENDING"))),
    db.select({ total: count() }).from(structures).where(eq(structures.regionCode, regionCode)),
    db.select({ total: count() }).from(institutions).where(and(eq(institutions.regionCode, regionCode), eq(institutions.isActive, true))),
    db
      .select({ id: signupRequests.id, structureName: signupRequests.structureName, createdAt: signupRequests.createdAt })
      .from(signupRequests)
      .where(and(eq(signupRequests.regionCode, regionCode), eq(signupRequests.status, "PENDING")))
      .orderBy(asc(signupRequests.createdAt))
      .limit(5),
  ]);
  return { pendingSignups: pending.total, structures: structureCount.total, institutions: institutionCount.total, oldestPending };
}
