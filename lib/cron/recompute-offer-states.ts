import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/**
 * Moves validated offers along their dates in one set-based statement (idempotent): Validée →
 * Publiée on the start day, Validée / Publiée → Caduque after the end day, each with its history row.
 * Guarded by a transaction-level advisory lock so that overlapping cron runs do the work once.
 * Returns the ids whose public visibility changed.
 */
export async function recomputeOfferStates(db: DbOrTx, today: string): Promise<number[]> {
  return db.transaction(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock(hashtext('sses:offer-states')) as locked`);
    if (!lock?.locked) return [];
    const moved = await tx.execute<{ id: number }>(sql`
      with due as (
        select id, state as from_state,
               case when ${today}::date > publication_end then 'EXPIRED'::offer_state else 'PUBLISHED'::offer_state end as to_state
          from offers
         where deleted_at is null
           and (   (state = 'VALIDATED' and ${today}::date >= publication_start)
                or (state = 'PUBLISHED' and ${today}::date > publication_end))
      ), moved as (
        update offers o set state = due.to_state, updated_at = now()
          from due where o.id = due.id
        returning o.id, due.from_state, due.to_state
      ), history as (
        insert into offer_status_history (offer_id, from_state, to_state, action, comment)
        select id, from_state, to_state, 'dates', 'Changement automatique selon les dates de publication' from moved
      )
      select id from moved`);
    return moved.map((row) => row.id);
  });
}
