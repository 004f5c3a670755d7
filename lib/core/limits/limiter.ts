import "server-only";
import { and, asc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "@/db/client";
import { limitEvents } from "@/db/schema";

/**
 * The one limiter (docs/produit.md#limites): every limit counter of the platform (login by account,
 * by address and by both; the current-password check; sign-up; assistance; password links) is a
 * bucket of events in PostgreSQL. `consume` decides and records in one transaction, under an
 * advisory lock per bucket: two parallel requests, on one instance or two, cannot both see
 * « one left ». Not under SSES_NOW: limits run on the real clock (callers pass `new Date()`).
 */
export type LimitRule = {
  bucket: string;
  /** How far back this rule looks; also how long the recorded event is kept. */
  windowMs: number;
  /** Milliseconds still to wait, given the bucket's events in the window (oldest first); 0 lets it through. */
  wait: (events: readonly Date[], now: Date) => number;
  /** False: the rule decides but the attempt is not counted in its bucket. */
  record?: boolean;
};

export type Consumed = { ok: true; eventIds: number[] } | { ok: false; retryInMs: number };

/** At most `max` events in the window: the wait is until the oldest that counts leaves it. */
export function atMost(max: number, windowMs: number): LimitRule["wait"] {
  return (events, now) => (events.length < max ? 0 : events[events.length - max]!.getTime() + windowMs - now.getTime());
}

async function lockBuckets(tx: Tx, buckets: string[]): Promise<void> {
  // Sorted, so that two requests locking the same buckets never wait on each other in a cycle.
  for (const bucket of [...new Set(buckets)].sort()) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`limit:${bucket}`}, 0))`);
}

async function eventsIn(tx: DbOrTx, bucket: string, since: Date): Promise<Date[]> {
  const rows = await tx
    .select({ at: limitEvents.occurredAt })
    .from(limitEvents)
    .where(and(eq(limitEvents.bucket, bucket), gt(limitEvents.occurredAt, since)))
    .orderBy(asc(limitEvents.occurredAt));
  return rows.map((row) => row.at);
}

/** The longest wait the rules impose now, without recording anything (for a message). */
export async function waitFor(rules: readonly LimitRule[], now: Date, tx: DbOrTx = db): Promise<number> {
  let wait = 0;
  for (const rule of rules) wait = Math.max(wait, rule.wait(await eventsIn(tx, rule.bucket, new Date(now.getTime() - rule.windowMs)), now));
  return wait;
}

/**
 * Decides and records together: under the buckets' locks, either every rule lets the attempt
 * through and one event is recorded in each bucket, or nothing is recorded and the longest wait is
 * returned. Inside `tx` when given (the caller's writes then commit with the count), else in a
 * transaction of its own.
 */
export async function consume(rules: readonly LimitRule[], now: Date, tx?: Tx): Promise<Consumed> {
  if (!tx) return db.transaction((own) => consume(rules, now, own));
  await lockBuckets(
    tx,
    rules.map((rule) => rule.bucket),
  );
  const retryInMs = await waitFor(rules, now, tx);
  if (retryInMs > 0) return { ok: false, retryInMs };
  const recorded = rules.filter((rule) => rule.record !== false);
  if (recorded.length === 0) return { ok: true, eventIds: [] };
  const rows = await tx
    .insert(limitEvents)
    .values(recorded.map((rule) => ({ bucket: rule.bucket, occurredAt: now, expiresAt: new Date(now.getTime() + rule.windowMs) })))
    .returning({ id: limitEvents.id });
  return { ok: true, eventIds: rows.map((row) => row.id) };
}

/** Gives back what `consume` took: the attempt turned out not to count (a right password, a refused form). */
export async function release(eventIds: readonly number[], tx: DbOrTx = db): Promise<void> {
  if (eventIds.length > 0) await tx.delete(limitEvents).where(inArray(limitEvents.id, [...eventIds]));
}

/** Records an event without deciding anything (a fact that later rules read, such as a successful login). */
export async function recordEvent(bucket: string, windowMs: number, now: Date, tx: DbOrTx = db): Promise<void> {
  await tx.insert(limitEvents).values({ bucket, occurredAt: now, expiresAt: new Date(now.getTime() + windowMs) });
}

/** Empties buckets (a successful login clears the account's failures). */
export async function clearBuckets(buckets: readonly string[], tx: DbOrTx = db): Promise<void> {
  if (buckets.length > 0) await tx.delete(limitEvents).where(inArray(limitEvents.bucket, [...buckets]));
}

/** Empties every bucket whose name starts with `prefix` (an account's failures from every address). */
export async function clearBucketsStartingWith(prefix: string, tx: DbOrTx = db): Promise<void> {
  await tx.delete(limitEvents).where(sql`starts_with(${limitEvents.bucket}, ${prefix})`);
}

/** Whether the bucket holds an event in the window. */
export async function hasEvent(bucket: string, windowMs: number, now: Date, tx: DbOrTx = db): Promise<boolean> {
  return (await eventsIn(tx, bucket, new Date(now.getTime() - windowMs))).length > 0;
}

/** The scheduled job: rows no rule looks at any more. */
export async function pruneLimitEvents(now: Date, tx: DbOrTx = db): Promise<number> {
  const deleted = await tx.delete(limitEvents).where(lt(limitEvents.expiresAt, now)).returning({ id: limitEvents.id });
  return deleted.length;
}
