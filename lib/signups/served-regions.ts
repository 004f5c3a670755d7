import "server-only";
import { and, asc, eq, isNotNull, isNull, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { db, type DbOrTx } from "@/db/client";
import { users } from "@/db/schema";
import { getRegion, type Region } from "@/lib/core/geo/territories";

export { outsideServedRegionsMessage } from "./schemas";

/**
 * The régions the platform serves: those with at least one regional admin who can log in. A
 * sign-up request is read by its région's admins only, so a request from any other région would
 * reach nobody: the commune list and the server refuse such communes, and the requests stored
 * before that rule (« hors région ») are shown to every admin until one of them handles them.
 */
function servedRegionCodes(tx: DbOrTx = db, regionCode?: string) {
  return tx
    .selectDistinct({ regionCode: users.regionCode })
    .from(users)
    .where(and(eq(users.kind, "REGIONAL_ADMIN"), isNull(users.frozenAt), regionCode ? eq(users.regionCode, regionCode) : isNotNull(users.regionCode)));
}

export async function listServedRegions(tx: DbOrTx = db): Promise<Region[]> {
  const rows = await servedRegionCodes(tx).orderBy(asc(users.regionCode));
  return rows
    .map((row) => (row.regionCode ? getRegion(row.regionCode) : undefined))
    .filter((region): region is Region => region !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
}

export async function isServedRegion(regionCode: string, tx: DbOrTx = db): Promise<boolean> {
  const [row] = await tx.execute<{ served: boolean }>(sql`select exists (${servedRegionCodes(tx, regionCode)}) as served`);
  return row?.served === true;
}

/** Rows of `column`'s région that no admin reads: true when the région is outside the served ones. */
export function isOutsideServedRegions(column: AnyPgColumn): SQL<boolean> {
  return sql<boolean>`(${column} not in (${servedRegionCodes()}))`;
}

/** What an admin of `regionCode` moderates: their région's rows and those of no served région. */
export function moderatedBy(column: AnyPgColumn, regionCode: string): SQL {
  return or(eq(column, regionCode), notInArray(column, servedRegionCodes()))!;
}
