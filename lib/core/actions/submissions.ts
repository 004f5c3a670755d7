import "server-only";
import { and, eq, isNull, lt } from "drizzle-orm";
import { db } from "@/db/client";
import { actionSubmissions } from "@/db/schema";

/**
 * What a stored submission answered, for the same user: a submission sent again after a cut gets the
 * first answer instead of writing twice (docs/architecture.md#une-soumission-une-ecriture).
 */
export async function storedSubmission(key: string, userId: string | null): Promise<{ result: unknown } | undefined> {
  const [row] = await db
    .select({ result: actionSubmissions.result })
    .from(actionSubmissions)
    .where(and(eq(actionSubmissions.key, key), userId ? eq(actionSubmissions.userId, userId) : isNull(actionSubmissions.userId)));
  return row;
}

/**
 * Keeps the answer with the key. The transaction of the write already stored the key (db/client.ts);
 * an action that wrote without a transaction (one statement) gets its key stored here, just after.
 */
export async function recordSubmission(key: string, userId: string | null, result: unknown, storedInTransaction: boolean): Promise<void> {
  const value = result === undefined ? null : result;
  if (storedInTransaction) await db.update(actionSubmissions).set({ result: value }).where(eq(actionSubmissions.key, key));
  else await db.insert(actionSubmissions).values({ key, userId, result: value }).onConflictDoNothing();
}

export async function forgetSubmission(key: string): Promise<void> {
  await db.delete(actionSubmissions).where(eq(actionSubmissions.key, key));
}

/** The cron forgets submissions after a week: nobody sends a form again after that. */
export async function purgeOldSubmissions(now: Date): Promise<number> {
  const removed = await db
    .delete(actionSubmissions)
    .where(lt(actionSubmissions.createdAt, new Date(now.getTime() - 7 * 86_400_000)))
    .returning({ key: actionSubmissions.key });
  return removed.length;
}
