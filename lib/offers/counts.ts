import { and, count, eq, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { offers, type OfferState } from "@/db/schema";
import { OFFER_STATES } from "./labels";

export type StateCounts = Record<OfferState, number>;

function toCounts(rows: { state: OfferState; total: number }[]): StateCounts {
  const counts = Object.fromEntries(OFFER_STATES.map((s) => [s, 0])) as StateCounts;
  for (const row of rows) counts[row.state] = row.total;
  return counts;
}

/** « Activité »: the structure's offers by state (soft-deleted ones excluded). */
export async function countStructureOffersByState(structureId: string): Promise<StateCounts> {
  const rows = await db
    .select({ state: offers.state, total: count() })
    .from(offers)
    .where(and(eq(offers.structureId, structureId), isNull(offers.deletedAt)))
    .groupBy(offers.state);
  return toCounts(rows);
}

/** The regional admin's dashboard: offers of the région by state. */
export async function countRegionOffersByState(regionCode: string): Promise<StateCounts> {
  const rows = await db
    .select({ state: offers.state, total: count() })
    .from(offers)
    .where(and(eq(offers.regionCode, regionCode), isNull(offers.deletedAt)))
    .groupBy(offers.state);
  return toCounts(rows);
}
