import "server-only";
import { count, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { offers, type OfferState } from "@/db/schema";
import { OFFER_STATES } from "./labels";
import { inRegion, inStructureSpace } from "./visibility";

export type StateCounts = Record<OfferState, number>;

function toCounts(rows: { state: OfferState; total: number }[]): StateCounts {
  const counts = Object.fromEntries(OFFER_STATES.map((s) => [s, 0])) as StateCounts;
  for (const row of rows) counts[row.state] = row.total;
  return counts;
}

/** « Activité »: the structure's offers by state (soft-deleted ones excluded). */
export async function countStructureOffersByState(structureId: string): Promise<StateCounts> {
  return countByState(inStructureSpace(structureId));
}

/** The regional admin's dashboard: offers of the région by state. */
export async function countRegionOffersByState(regionCode: string): Promise<StateCounts> {
  return countByState(inRegion(regionCode));
}

async function countByState(scope: SQL): Promise<StateCounts> {
  const rows = await db.select({ state: offers.state, total: count() }).from(offers).where(scope).groupBy(offers.state);
  return toCounts(rows);
}
