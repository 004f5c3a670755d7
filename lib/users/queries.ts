import "server-only";
import { and, asc, count, eq, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { institutions, structures, users, type Permission } from "@/db/schema";
import { PERMISSION_ORDER } from "./schemas";
import { INACTIVITY_MONTHS, stateFromSlug, type UserState } from "./states";
import { isUuid, parsePage } from "@/lib/core/validation/ids";
import { containsPattern } from "@/lib/core/validation/like";
import { searchParam, type SearchParams } from "@/lib/core/http/search-params";
import { USER_CONTACT_COLUMNS } from "./columns";
import { one } from "@/lib/core/rows";

export const USERS_PAGE_SIZE = 20;

export type UserFilters = { name?: string; permission?: Permission; state?: UserState; page: number };

/** Reads the filters of « Utilisateurs » from its URL; anything unexpected is ignored, never an error. */
export function parseUserFilters(searchParams: SearchParams): UserFilters {
  const one = (key: string) => searchParam(searchParams, key);
  const permission = one("permission");
  return {
    name: one("nom").slice(0, 100) || undefined,
    permission: (PERMISSION_ORDER as readonly string[]).includes(permission) ? (permission as Permission) : undefined,
    state: stateFromSlug(one("etat")),
    page: parsePage(one("page")),
  };
}

/**
 * The account state (docs/produit.md#comptes-et-securite) in SQL, so that the list, its filter and its count agree. « Inactif » is what
 * /api/cron recorded or will record at its next run (same rule as lib/core/cron/recompute-inactivity.ts).
 */
function isInactive(now: Date): SQL {
  return sql`(${users.inactiveSince} is not null
    or coalesce(${users.lastLoginAt}, ${users.createdAt}) + make_interval(months => ${INACTIVITY_MONTHS}) < ${now.toISOString()}::timestamptz)`;
}

function stateExpression(now: Date): SQL<UserState> {
  return sql<UserState>`case when ${users.frozenAt} is not null then 'FROZEN' when ${isInactive(now)} then 'INACTIVE' else 'ACTIVE' end`;
}

function stateCondition(state: UserState, now: Date): SQL | undefined {
  if (state === "FROZEN") return isNotNull(users.frozenAt);
  if (state === "INACTIVE") return and(isNull(users.frozenAt), isInactive(now));
  return and(isNull(users.frozenAt), sql`not ${isInactive(now)}`);
}

export type StructureUserRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  structureName: string;
  permissions: Permission[];
  state: UserState;
  createdAt: Date;
  lastLoginAt: Date | null;
};

/** The structure's users (« Utilisateurs »), by name. Scoped in the query: never another structure's. */
export async function listStructureUsers(structureId: string, filters: UserFilters, now: Date = new Date()) {
  const conditions: (SQL | undefined)[] = [eq(users.structureId, structureId), eq(users.kind, "OFFERER"), isNull(users.deletedAt)];
  if (filters.name) {
    const pattern = containsPattern(filters.name);
    conditions.push(
      or(
        ilike(users.firstName, pattern),
        ilike(users.lastName, pattern),
        ilike(sql`${users.firstName} || ' ' || ${users.lastName}`, pattern),
        ilike(users.email, pattern),
      ),
    );
  }
  if (filters.permission) conditions.push(sql`${filters.permission}::permission = any(${users.permissions})`);
  if (filters.state) conditions.push(stateCondition(filters.state, now));
  const where = and(...conditions);
  const [rows, { total }] = await Promise.all([
    db
      .select({
        id: users.id,
        firstName: users.firstName,
        lastName: users.lastName,
        email: users.email,
        structureName: structures.name,
        permissions: users.permissions,
        state: stateExpression(now),
        createdAt: users.createdAt,
        lastLoginAt: users.lastLoginAt,
      })
      .from(users)
      .innerJoin(structures, eq(structures.id, users.structureId))
      .where(where)
      .orderBy(asc(sql`lower(${users.lastName})`), asc(sql`lower(${users.firstName})`), asc(users.id))
      .limit(USERS_PAGE_SIZE)
      .offset((filters.page - 1) * USERS_PAGE_SIZE),
    db.select({ total: count() }).from(users).where(where).then(one),
  ]);
  return { rows: rows as StructureUserRow[], total, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

/** One user of the caller's structure, for « Modifier »; null for another structure's id, as for an unknown one. */
export async function getStructureUser(structureId: string, userId: string, now: Date = new Date()) {
  if (!isUuid(userId)) return null;
  const [row] = await db
    .select({
      ...USER_CONTACT_COLUMNS,
      permissions: users.permissions,
      frozenAt: users.frozenAt,
      lastLoginAt: users.lastLoginAt,
      mustChangePassword: users.mustChangePassword,
      state: stateExpression(now),
    })
    .from(users)
    .where(and(eq(users.id, userId), eq(users.structureId, structureId), eq(users.kind, "OFFERER"), isNull(users.deletedAt)))
    .limit(1);
  return row ?? null;
}

/** « Mon profil »: the caller's own account and what it belongs to. */
export async function getProfile(userId: string) {
  const [row] = await db
    .select({
      ...USER_CONTACT_COLUMNS,
      kind: users.kind,
      permissions: users.permissions,
      structureName: structures.name,
      institutionName: institutions.name,
      regionCode: users.regionCode,
    })
    .from(users)
    .leftJoin(structures, eq(structures.id, users.structureId))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(eq(users.id, userId))
    .limit(1);
  return row ?? null;
}
