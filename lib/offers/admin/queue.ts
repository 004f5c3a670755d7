import "server-only";
import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import type { OfferValidationMode } from "@/db/schema";

/**
 * « Offres à valider » (docs/produit.md#qui-valide): what waits for the ARS in its région, offers
 * sent for validation under « par l'ARS » and modifications of live offers likewise, oldest first.
 * Another région's, a deleted offer, or what was sent under « par les valideurs de la structure »
 * never appears, whatever the région's rule is today.
 */
export type QueueRow = {
  offerId: number;
  offerName: string;
  structureName: string;
  kind: "offer" | "revision";
  /** When it was sent for validation. */
  waitingSince: Date;
};

/** The queue's reading of « waits »: one SQL, so that the list, the dashboard count and the digest agree. */
function waitingSql(regionCode: string | null, mode: OfferValidationMode | "any") {
  const region = regionCode ? sql`and o.region_code = ${regionCode}` : sql``;
  const offerMode = mode === "any" ? sql`` : sql`and coalesce(o.validation_mode, 'STRUCTURE') = ${mode}`;
  const revisionMode = mode === "any" ? sql`` : sql`and coalesce(r.validation_mode, 'STRUCTURE') = ${mode}`;
  return sql`
    select o.id as offer_id, o.name as offer_name, o.structure_id, o.region_code, 'offer' as kind,
           coalesce(o.validation_mode, 'STRUCTURE') as mode, coalesce(o.submitted_at, o.updated_at) as waiting_since
      from offers o
     where o.state = 'PENDING' and o.deleted_at is null ${region} ${offerMode}
    union all
    select o.id, coalesce(r.content->>'name', o.name), o.structure_id, o.region_code, 'revision',
           coalesce(r.validation_mode, 'STRUCTURE'), coalesce(r.submitted_at, r.updated_at)
      from offer_revisions r join offers o on o.id = r.offer_id
     where r.state = 'PENDING' and o.state in ('VALIDATED', 'PUBLISHED') and o.deleted_at is null ${region} ${revisionMode}`;
}

export { waitingSql as waitingForValidationSql };

export const QUEUE_LIMIT = 200;

export async function listOffersToValidate(regionCode: string, limit = QUEUE_LIMIT): Promise<QueueRow[]> {
  const rows = await db.execute<{ offer_id: number; offer_name: string; structure_name: string; kind: "offer" | "revision"; waiting_since: string | Date }>(sql`
    select w.offer_id, w.offer_name, s.name as structure_name, w.kind, w.waiting_since
      from (${waitingSql(regionCode, "ARS")}) w
      join structures s on s.id = w.structure_id
     order by w.waiting_since asc, w.offer_id asc
     limit ${limit}`);
  return [...rows].map((row) => ({
    offerId: Number(row.offer_id),
    offerName: row.offer_name,
    structureName: row.structure_name,
    kind: row.kind,
    waitingSince: new Date(row.waiting_since),
  }));
}

/** What waits in the région, by whoever validates it: the queue's count, and the settings page's « stays where it is ». */
export async function countWaitingByValidator(regionCode: string): Promise<Record<OfferValidationMode, number>> {
  const rows = await db.execute<{ mode: OfferValidationMode; total: number }>(sql`
    select w.mode, count(*)::int as total from (${waitingSql(regionCode, "any")}) w group by w.mode`);
  const counts: Record<OfferValidationMode, number> = { STRUCTURE: 0, ARS: 0 };
  for (const row of rows) counts[row.mode] = Number(row.total);
  return counts;
}
