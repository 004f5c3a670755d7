import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { offerAttachments, offerRevisions, signupRequests, structures, supportRequests } from "@/db/schema";
import { DAY_MS } from "@/lib/core/dates/durations";
import { store } from "./index";

/** How long a file nothing links to is kept (a removed attachment, a logo replaced, a modification abandoned). */
export const UNREFERENCED_FILE_GRACE_DAYS = 30;

/**
 * Every place that links to a file. A new column that holds file ids must be added here, or its files
 * would be purged (files.integration.test.ts checks the foreign keys). Open revisions (DRAFT, PENDING,
 * SENT_BACK: lib/offers/revisions.ts) keep the documents they propose; a discarded or accepted one
 * does not (an accepted one's files are the offer's own).
 */
const REFERENCED_FILE_IDS = sql`select id from (
  select ${offerAttachments.fileId} as id from ${offerAttachments}
  union all select ${structures.logoFileId} from ${structures}
  union all select ${signupRequests.logoFileId} from ${signupRequests}
  union all select unnest(${supportRequests.attachmentFileIds}) from ${supportRequests}
  union all select jsonb_array_elements_text(${offerRevisions.content} -> 'attachmentFileIds')::uuid from ${offerRevisions}
    where ${offerRevisions.state} in ('DRAFT', 'PENDING', 'SENT_BACK') and jsonb_typeof(${offerRevisions.content} -> 'attachmentFileIds') = 'array'
) referenced where id is not null`;

/**
 * One step of the scheduled job: a file nothing links to any more is marked (`unreferenced_since`),
 * a file linked again loses its mark, and a file marked for more than 30 days is deleted with its
 * bytes. Idempotent, and harmless when two runs overlap. Returns how many files went.
 */
export async function purgeUnreferencedFiles(db: Database, now: Date): Promise<number> {
  const limit = new Date(now.getTime() - UNREFERENCED_FILE_GRACE_DAYS * DAY_MS);
  return db.transaction(async (tx) => {
    await tx.execute(sql`update files set unreferenced_since = null where unreferenced_since is not null and id in (${REFERENCED_FILE_IDS})`);
    await tx.execute(
      sql`update files set unreferenced_since = ${now.toISOString()}::timestamptz where unreferenced_since is null and id not in (${REFERENCED_FILE_IDS})`,
    );
    const expired = await tx.execute<{ id: string }>(
      sql`select id from files where unreferenced_since <= ${limit.toISOString()}::timestamptz and id not in (${REFERENCED_FILE_IDS}) for update skip locked`,
    );
    await store.remove(
      tx,
      expired.map((row) => row.id),
    );
    return expired.length;
  });
}
