import "server-only";
import { and, count, ne, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { offers, type OfferState } from "@/db/schema";
import { OFFER_STATES } from "./labels";
import { inRegion, inStructureSpace } from "./visibility";
import { waitingForValidation } from "./waiting";
import { one } from "@/lib/core/rows";

export type StateCounts = Record<OfferState, number>;

function toCounts(rows: { state: OfferState; total: number }[]): StateCounts {
  const counts = Object.fromEntries(OFFER_STATES.map((s) => [s, 0])) as StateCounts;
  for (const row of rows) counts[row.state] = row.total;
  return counts;
}

/**
 * « Activité »: the structure's offers by state (soft-deleted ones excluded), and the live offers whose
 * modification waits for validation, which the « En attente de validation » tile and filter count too.
 */
export async function countStructureOffersByState(structureId: string): Promise<StateCounts & { pendingModifications: number }> {
  const [counts, { modifications }] = await Promise.all([
    countByState(inStructureSpace(structureId)),
    db
      .select({ modifications: count() })
      .from(offers)
      .where(and(inStructureSpace(structureId), ne(offers.state, "PENDING"), waitingForValidation))
      .then(one),
  ]);
  return { ...counts, pendingModifications: modifications };
}

/** The regional admin's dashboard: offers of the région by state. */
export async function countRegionOffersByState(regionCode: string): Promise<StateCounts> {
  return countByState(inRegion(regionCode));
}

async function countByState(scope: SQL): Promise<StateCounts> {
  const rows = await db.select({ state: offers.state, total: count() }).from(offers).where(scope).groupBy(offers.state);
  return toCounts(rows);
}
