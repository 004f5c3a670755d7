import "server-only";
import { and, asc, count, desc, eq, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { hasSecondFactorSql } from "@/lib/core/auth/second-factor/has-second-factor-sql";
import { activityLog, offers, referenceItems, structures, users, type OfferState, type Permission } from "@/db/schema";
import { readFile } from "@/lib/core/files";
import { publiclyVisibleSql } from "@/lib/offers/visibility";
import { today as parisToday } from "@/lib/core/dates/clock";
import { getDepartment } from "@/lib/core/geo/territories";
import { STRUCTURE_STATUSES, type StructureStatus } from "./schemas";
import { isUuid, parsePage, parseSerialId } from "@/lib/core/validation/ids";
import { containsPattern } from "@/lib/core/validation/like";
import { searchParam, type SearchParams } from "@/lib/core/http/search-params";
import { USER_CONTACT_COLUMNS, type UserContact } from "@/lib/users/columns";
import { one } from "@/lib/core/rows";

/**
 * Reads of « Structures » for the regional admin (docs/produit.md#pouvoirs-de-lars). Every query takes the admin's région and
 * filters on it: a structure of another région, like an unknown id, does not exist for them.
 */
export const STRUCTURES_PAGE_SIZE = 20;

export type StructureFilters = { search?: string; offererTypeId?: number; status?: StructureStatus; page: number };

/** Reads the filters from the URL (`?recherche=&type=&etat=&page=`); anything unexpected is ignored, never an error. */
export function parseStructureFilters(searchParams: SearchParams): StructureFilters {
  const one = (key: string) => searchParam(searchParams, key);
  const type = one("type");
  const status = one("etat");
  return {
    search: one("recherche").slice(0, 100) || undefined,
    offererTypeId: parseSerialId(type) ?? undefined,
    status: (STRUCTURE_STATUSES as readonly string[]).includes(status) ? (status as StructureStatus) : undefined,
    page: parsePage(one("page")),
  };
}

/** The URL of a list page with its filters, so that paging keeps them. */
export function structuresHref(filters: StructureFilters, page = 1): string {
  const query = new URLSearchParams();
  if (filters.search) query.set("recherche", filters.search);
  if (filters.offererTypeId) query.set("type", String(filters.offererTypeId));
  if (filters.status) query.set("etat", filters.status);
  if (page > 1) query.set("page", String(page));
  const search = query.toString();
  return search ? `/admin/structures?${search}` : "/admin/structures";
}

/**
 * Name, SIREN or commune, as the admin types it: « fleur bleue », « Ecole » for « École »,
 * « 732 829 » for a SIREN, « 93200 » or « saint-denis » for the commune.
 */
function searchCondition(search: string): SQL | undefined {
  const pattern = containsPattern(search);
  const folded = (column: unknown) => sql`unaccent(lower(${column})) like unaccent(lower(${pattern}))`;
  const digits = search.replace(/[\s.]/g, "");
  return or(
    folded(structures.name),
    folded(structures.communeName),
    /^\d{2,9}$/.test(digits) ? sql`(${structures.siren} like ${`${digits}%`} or ${structures.postalCode} like ${`${digits}%`})` : undefined,
  );
}

function listConditions(regionCode: string, filters: StructureFilters): SQL | undefined {
  const conditions: (SQL | undefined)[] = [eq(structures.regionCode, regionCode)];
  if (filters.search) conditions.push(searchCondition(filters.search));
  if (filters.offererTypeId) conditions.push(eq(structures.offererTypeId, filters.offererTypeId));
  if (filters.status === "gelee") conditions.push(isNotNull(structures.frozenAt));
  if (filters.status === "active") conditions.push(isNull(structures.frozenAt));
  return and(...conditions);
}

function countColumns(today: string) {
  return {
    userCount: sql<number>`(select count(*)::int from ${users} where ${users.structureId} = ${structures.id} and ${users.deletedAt} is null)`,
    // « Publiées » means what the public sees today: THE visibility rule, so a frozen structure shows 0.
    publishedCount: sql<number>`(select count(*)::int from ${offers} where ${offers.structureId} = ${structures.id} and ${publiclyVisibleSql(today)})`,
    offerCount: sql<number>`(select count(*)::int from ${offers} where ${offers.structureId} = ${structures.id} and ${offers.deletedAt} is null)`,
  };
}

export type StructureListRow = {
  id: string;
  name: string;
  offererTypeLabel: string;
  communeName: string;
  postalCode: string;
  departmentCode: string;
  departmentName: string;
  userCount: number;
  publishedCount: number;
  offerCount: number;
  createdAt: Date;
  frozenAt: Date | null;
};

/** The list of /admin/structures: the région's structures, by name, 20 a page. */
export async function listRegionStructures(regionCode: string, filters: StructureFilters, today: string = parisToday()) {
  const where = listConditions(regionCode, filters);
  const [rows, { total }] = await Promise.all([
    db
      .select({
        id: structures.id,
        name: structures.name,
        offererTypeLabel: referenceItems.label,
        communeName: structures.communeName,
        postalCode: structures.postalCode,
        departmentCode: structures.departmentCode,
        createdAt: structures.createdAt,
        frozenAt: structures.frozenAt,
        ...countColumns(today),
      })
      .from(structures)
      .innerJoin(referenceItems, eq(referenceItems.id, structures.offererTypeId))
      .where(where)
      .orderBy(asc(sql`lower(unaccent(${structures.name}))`), asc(structures.id))
      .limit(STRUCTURES_PAGE_SIZE)
      .offset((filters.page - 1) * STRUCTURES_PAGE_SIZE),
    db.select({ total: count() }).from(structures).where(where).then(one),
  ]);
  return {
    rows: rows.map((row): StructureListRow => ({ ...row, departmentName: getDepartment(row.departmentCode)?.name ?? row.departmentCode })),
    total,
    pageCount: Math.max(1, Math.ceil(total / STRUCTURES_PAGE_SIZE)),
  };
}

/** One structure of the région with every field of the sign-up, its counts and why it is frozen; null otherwise. */
export async function getRegionStructure(regionCode: string, structureId: string, today: string = parisToday()) {
  if (!isUuid(structureId)) return null;
  const [row] = await db
    .select({ structure: structures, offererTypeLabel: referenceItems.label, ...countColumns(today) })
    .from(structures)
    .innerJoin(referenceItems, eq(referenceItems.id, structures.offererTypeId))
    .where(and(eq(structures.id, structureId), eq(structures.regionCode, regionCode)))
    .limit(1);
  if (!row) return null;
  const freeze = row.structure.frozenAt ? await latestFreeze(structureId) : null;
  return {
    ...row.structure,
    offererTypeLabel: row.offererTypeLabel,
    departmentName: getDepartment(row.structure.departmentCode)?.name ?? row.structure.departmentCode,
    userCount: row.userCount,
    publishedCount: row.publishedCount,
    offerCount: row.offerCount,
    freeze,
  };
}
export type RegionStructure = NonNullable<Awaited<ReturnType<typeof getRegionStructure>>>;

const actorName = sql<string | null>`case when ${users.id} is null then null else ${users.firstName} || ' ' || ${users.lastName} end`;

/** The reason and author of the current freeze (the schema keeps only `frozen_at`: the rest is in the log). */
async function latestFreeze(structureId: string) {
  const [row] = await db
    .select({ details: activityLog.details, createdAt: activityLog.createdAt, actorName })
    .from(activityLog)
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .where(and(eq(activityLog.structureId, structureId), eq(activityLog.action, "structure.frozen")))
    .orderBy(desc(activityLog.createdAt), desc(activityLog.id))
    .limit(1);
  if (!row) return null;
  const reason = typeof row.details?.reason === "string" ? row.details.reason : null;
  return { reason, at: row.createdAt, byName: row.actorName };
}

export type StructureMemberRow = UserContact & {
  permissions: Permission[];
  frozenAt: Date | null;
  createdAt: Date;
  lastLoginAt: Date | null;
  /** No password yet: the activation link has not been used. */
  isPending: boolean;
  hasSecondFactor: boolean;
};

/** The structure's users, by name; empty for a structure of another région. */
export async function listRegionStructureMembers(regionCode: string, structureId: string): Promise<StructureMemberRow[]> {
  if (!isUuid(structureId)) return [];
  return db
    .select({
      ...USER_CONTACT_COLUMNS,
      permissions: users.permissions,
      frozenAt: users.frozenAt,
      createdAt: users.createdAt,
      lastLoginAt: users.lastLoginAt,
      isPending: sql<boolean>`${users.passwordHash} is null`,
      hasSecondFactor: hasSecondFactorSql(users.id),
    })
    .from(users)
    .innerJoin(structures, eq(structures.id, users.structureId))
    .where(and(eq(users.structureId, structureId), eq(structures.regionCode, regionCode), isNull(users.deletedAt)))
    .orderBy(asc(sql`lower(${users.lastName})`), asc(sql`lower(${users.firstName})`), asc(users.id));
}

export type StructureOfferRow = {
  id: number;
  name: string;
  state: OfferState;
  publicationStart: string | null;
  publicationEnd: string | null;
  isPublic: boolean;
};

export const STRUCTURE_OFFERS_LIMIT = 200;

/** The structure's offers (not deleted), newest first; `isPublic` says whether the catalogue shows it today. */
export async function listRegionStructureOffers(regionCode: string, structureId: string, today: string = parisToday()): Promise<StructureOfferRow[]> {
  if (!isUuid(structureId)) return [];
  return db
    .select({
      id: offers.id,
      name: offers.name,
      state: offers.state,
      publicationStart: offers.publicationStart,
      publicationEnd: offers.publicationEnd,
      isPublic: sql<boolean>`${publiclyVisibleSql(today)}`,
    })
    .from(offers)
    .innerJoin(structures, eq(structures.id, offers.structureId))
    .where(and(eq(offers.structureId, structureId), eq(structures.regionCode, regionCode), isNull(offers.deletedAt)))
    .orderBy(desc(offers.id))
    .limit(STRUCTURE_OFFERS_LIMIT);
}

export const STRUCTURE_HISTORY_LIMIT = 50;

/** The activity log about the structure (its own rows and those of its users and offers), newest first. */
export async function listRegionStructureHistory(regionCode: string, structureId: string) {
  if (!isUuid(structureId)) return [];
  return db
    .select({
      id: activityLog.id,
      action: activityLog.action,
      summary: activityLog.summary,
      details: activityLog.details,
      createdAt: activityLog.createdAt,
      actorName,
    })
    .from(activityLog)
    .innerJoin(structures, eq(structures.id, sql`${structureId}::uuid`))
    .leftJoin(users, eq(users.id, activityLog.actorId))
    .where(
      and(
        eq(structures.regionCode, regionCode),
        or(eq(activityLog.structureId, structures.id), and(eq(activityLog.subjectType, "structure"), eq(activityLog.subjectId, structureId))),
      ),
    )
    .orderBy(desc(activityLog.createdAt), desc(activityLog.id))
    .limit(STRUCTURE_HISTORY_LIMIT);
}

/** The structure's logo, for the admins of its région (frozen or not, unlike the public route). */
export async function getRegionStructureLogo(regionCode: string, structureId: string) {
  if (!isUuid(structureId)) return null;
  const [structure] = await db
    .select({ logoFileId: structures.logoFileId })
    .from(structures)
    .where(and(eq(structures.id, structureId), eq(structures.regionCode, regionCode)))
    .limit(1);
  return structure?.logoFileId ? readFile(structure.logoFileId) : null;
}
