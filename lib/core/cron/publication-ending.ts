import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { recordActivity, type ActivityAction } from "@/lib/core/activity/record";
import { addDays } from "@/lib/core/dates/paris";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { offerSpaceUrl, structureUsersWith } from "@/lib/offers/transitions";

export const ENDING_NOTICE_DAYS = 7;
export const ENDING_NOTICE_ACTION = "offer.publication_ending_notified" satisfies ActivityAction;

/**
 * « Publication ending in 7 days » (docs/produit.md#courriels): once per offer and end date, the structure's
 * GESTIONNAIREs are told, so that they extend or renew it. The activity row written with the
 * emails is the proof it was sent: a later run (or a run that overlaps, stopped by the advisory
 * lock) does not send again; an extended offer gets a new notice for its new end date.
 * A run that was late still sends, as long as the publication has not ended.
 */
export async function notifyEndingPublications(db: DbOrTx, today: string): Promise<number> {
  return db.transaction(async (tx) => {
    const [lock] = await tx.execute<{ locked: boolean }>(sql`select pg_try_advisory_xact_lock(hashtext('sses:publication-ending')) as locked`);
    if (!lock?.locked) return 0;
    const due = await tx.execute<{ id: number; name: string; structure_id: string; region_code: string; publication_end: string }>(sql`
      select o.id, o.name, o.structure_id, o.region_code, o.publication_end::text as publication_end
        from offers o
       where o.deleted_at is null
         and o.state = 'PUBLISHED'
         and o.publication_end between ${today}::date and ${addDays(today, ENDING_NOTICE_DAYS)}::date
         and not exists (
               select 1 from activity_log a
                where a.action = ${ENDING_NOTICE_ACTION} and a.subject_type = 'offer' and a.subject_id = o.id::text
                  and a.details ->> 'endDate' = o.publication_end::text)
       order by o.id`);
    for (const offer of due) {
      const managers = await structureUsersWith(tx, offer.structure_id, "GESTIONNAIRE");
      for (const manager of managers) {
        await enqueueEmail(tx, {
          template: "publication-ending",
          to: manager.email,
          props: { offerNumber: offer.id, offerName: offer.name, endDate: offer.publication_end, offerUrl: offerSpaceUrl(offer.id) },
          regionCode: offer.region_code,
        });
      }
      await recordActivity(tx, {
        action: ENDING_NOTICE_ACTION,
        subjectId: offer.id,
        structureId: offer.structure_id,
        regionCode: offer.region_code,
        summary: `Rappel envoyé aux gestionnaires : la publication de l'offre « ${offer.name} » se termine bientôt.`,
        details: { offerId: offer.id, endDate: offer.publication_end, recipients: managers.length },
      });
    }
    return due.length;
  });
}
