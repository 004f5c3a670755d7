import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { stateFromDatesSql } from "@/lib/offers/visibility";

/**
 * Moves validated offers along their dates in one set-based statement (idempotent): Validée →
 * Publiée on the start day, Validée / Publiée → Caduque after the end day (Paris calendar days, the
 * rule of lib/offers/visibility.ts), each with its history row (action `publish` / `expire`, no actor) and a line
 * of the structure's activity. Guarded by a transaction-level advisory lock so that overlapping
 * cron runs do the work once: the second run finds the lock taken and returns at once.
 * Returns the ids whose public visibility changed (the caller marks their cache stale).
 */
export async function recomputeOfferStates(db: DbOrTx, today: string): Promise<number[]> {
  return db.transaction(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock(hashtext('sses:offer-states')) as locked`);
    if (!lock?.locked) return [];
    const moved = await tx.execute<{ id: number }>(sql`
      with dated as (
        select id, state as from_state, ${stateFromDatesSql(today)} as to_state
          from offers
         where deleted_at is null and state in ('VALIDATED', 'PUBLISHED')
      ), due as (
        -- Forward only: Validée → Publiée / Caduque, Publiée → Caduque.
        select id, from_state, to_state from dated
         where to_state <> from_state and to_state in ('PUBLISHED', 'EXPIRED')
      ), moved as (
        update offers o set state = due.to_state, updated_at = now()
          from due where o.id = due.id
        returning o.id, o.name, o.structure_id, o.region_code, due.from_state, due.to_state
      ), history as (
        insert into offer_status_history (offer_id, from_state, to_state, action, comment)
        select id, from_state, to_state,
               case when to_state = 'EXPIRED' then 'expire' else 'publish' end,
               case when to_state = 'EXPIRED' then 'Date de fin de publication passée' else 'Date de début de publication atteinte' end
          from moved
      ), activity as (
        insert into activity_log (structure_id, region_code, action, subject_type, subject_id, summary, details)
        select structure_id, region_code,
               case when to_state = 'EXPIRED' then 'offer.expired' else 'offer.published' end,
               'offer', id::text,
               case when to_state = 'EXPIRED'
                    then 'L''offre « ' || name || ' » est devenue caduque : la date de fin de publication est passée.'
                    else 'Publication de l''offre « ' || name || ' » : la date de début de publication est atteinte.' end,
               jsonb_build_object('offerId', id, 'fromState', from_state, 'toState', to_state)
          from moved
      )
      select id from moved`);
    return moved.map((row) => row.id);
  });
}
