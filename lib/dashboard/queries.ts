import "server-only";
import { and, asc, count, eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { institutions, offers, referenceItems, signupRequests, structures } from "@/db/schema";
import { publiclyVisibleSql } from "@/lib/offers/visibility";
import { moderatedBy } from "@/lib/signups/served-regions";
import { one } from "@/lib/core/rows";

/** The regional admin's dashboard figures, always within the admin's région (plus the sign-ups no région serves). */
export async function getRegionOverview(regionCode: string) {
  const [pending, structureCount, institutionCount, oldestPending] = await Promise.all([
    db
      .select({ total: count() })
      .from(signupRequests)
      .where(and(moderatedBy(signupRequests.regionCode, regionCode), eq(signupRequests.status, "PENDING")))
      .then(one),
    db.select({ total: count() }).from(structures).where(eq(structures.regionCode, regionCode)).then(one),
    db
      .select({ total: count() })
      .from(institutions)
      .where(and(eq(institutions.regionCode, regionCode), eq(institutions.isActive, true)))
      .then(one),
    db
      .select({ id: signupRequests.id, structureName: signupRequests.structureName, createdAt: signupRequests.createdAt })
      .from(signupRequests)
      .where(and(moderatedBy(signupRequests.regionCode, regionCode), eq(signupRequests.status, "PENDING")))
      .orderBy(asc(signupRequests.createdAt))
      .limit(5),
  ]);
  return { pendingSignups: pending.total, structures: structureCount.total, institutions: institutionCount.total, oldestPending };
}

/** Offers of the région counted twice: published today (what the public sees) and every non-draft one. */
export type OfferFigure = { published: number; submitted: number };
export type DepartmentFigure = OfferFigure & { departmentCode: string | null };
export type ThemeFigure = OfferFigure & { themeId: number; label: string; isActive: boolean };

/**
 * « Offres par département » and « par thématique » (docs/produit.md#pouvoirs-de-lars figures). Non-draft: every offer that
 * was at least submitted (pending, validated, published, expired), deleted ones left out. An offer
 * with three thématiques counts once in each, so the thématiques' rows do not add up to the total.
 */
export async function getRegionOfferFigures(regionCode: string, today: string): Promise<{ departments: DepartmentFigure[]; themes: ThemeFigure[] }> {
  const scope = sql`${offers.regionCode} = ${regionCode} and ${offers.deletedAt} is null and ${offers.state} <> 'DRAFT'`;
  const published = sql<number>`(count(*) filter (where ${publiclyVisibleSql(today)}))::int`.mapWith(Number);
  const submitted = sql<number>`count(*)::int`.mapWith(Number);
  const themeId = sql<number>`t.theme_id`;
  const [departments, themes] = await Promise.all([
    db
      .select({ departmentCode: offers.departmentCode, published, submitted })
      .from(offers)
      .where(scope)
      .groupBy(offers.departmentCode)
      .orderBy(asc(offers.departmentCode)),
    db
      .select({ themeId: referenceItems.id, label: referenceItems.label, isActive: referenceItems.isActive, published, submitted })
      .from(offers)
      .innerJoin(sql`unnest(${offers.themeIds}) as t(theme_id)`, sql`true`)
      .innerJoin(referenceItems, eq(referenceItems.id, themeId))
      .where(scope)
      .groupBy(referenceItems.id, referenceItems.label, referenceItems.isActive, referenceItems.position)
      .orderBy(asc(referenceItems.position), asc(referenceItems.id)),
  ]);
  return { departments, themes };
}
