import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { HOUR_MS, MINUTE_MS } from "@/lib/core/dates/durations";
import { hideSecretLinks } from "./secret-links";
import { isLocalMailbox, type Transport } from "./transports";

export type DeliveryOptions = {
  transport: Transport;
  now?: Date;
  batchSize?: number;
  /** How long a claimed row is ours; after that another run may take it again (crash recovery). */
  leaseMs?: number;
  /** Attempts before a row is FAILED for good. */
  maxAttempts?: number;
};

export type DeliveryReport = { sent: number; failed: number; retried: number };

/** Delay before attempt n+1 after n failed attempts: 1 min, 5 min, 30 min, 2 h, 12 h, then 12 h. */
export const RETRY_DELAYS_MS = [MINUTE_MS, 5 * MINUTE_MS, 30 * MINUTE_MS, 2 * HOUR_MS, 12 * HOUR_MS];

export function retryDelayMs(attempts: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1]!;
}

const MAX_ERROR_LENGTH = 1_000;

type ClaimedRow = { id: number; to_email: string; subject: string; html: string; text: string; attempts: number };

/**
 * One delivery pass (docs/architecture.md#outbox). Rows are claimed in a short transaction
 * (FOR UPDATE SKIP LOCKED, status SENDING, a lease, attempts + 1) so that overlapping runs never
 * take the same row; the sending happens outside any transaction. If the process dies after the
 * provider accepted a message but before SENT is written, the lease expires, another run claims the
 * row again and re-sends it with the same idempotency key, which the provider de-duplicates.
 */
export async function deliverDueEmails(options: DeliveryOptions): Promise<DeliveryReport> {
  const { transport, batchSize = 50, leaseMs = 5 * MINUTE_MS, maxAttempts = 6 } = options;
  const now = options.now ?? new Date();
  const leaseUntil = new Date(now.getTime() + leaseMs);

  const claimed = await db.transaction(async (tx) => {
    const rows = await tx.execute<ClaimedRow>(sql`
      with due as (
        select id from outbox
         where status in ('QUEUED', 'SENDING')
           and next_attempt_at <= ${now.toISOString()}::timestamptz
           and (lease_until is null or lease_until < ${now.toISOString()}::timestamptz)
         order by next_attempt_at, id
         limit ${batchSize}
           for update skip locked
      )
      update outbox o
         set status = 'SENDING', lease_until = ${leaseUntil.toISOString()}::timestamptz, attempts = o.attempts + 1
        from due
       where o.id = due.id
      returning o.id, o.to_email, o.subject, o.html, o.text, o.attempts`);
    return [...rows];
  });

  const report: DeliveryReport = { sent: 0, failed: 0, retried: 0 };
  for (const row of claimed) {
    const id = Number(row.id);
    try {
      const result = await transport.send({
        id,
        to: row.to_email,
        subject: row.subject,
        html: row.html,
        text: row.text,
        idempotencyKey: `outbox/${id}`,
      });
      // Once really sent, the copy kept here no longer holds a usable single-use link.
      const kept = isLocalMailbox(transport) ? row : { html: hideSecretLinks(row.html), text: hideSecretLinks(row.text) };
      await db.execute(sql`
        update outbox
           set status = 'SENT', sent_at = ${(options.now ?? new Date()).toISOString()}::timestamptz, lease_until = null,
               provider_message_id = ${result.providerMessageId ?? null}, last_error = null,
               html = ${kept.html}, text = ${kept.text}
         where id = ${id}`);
      report.sent++;
    } catch (error) {
      const message = describeError(error);
      const failed = row.attempts >= maxAttempts;
      const nextAttemptAt = new Date(now.getTime() + retryDelayMs(row.attempts));
      // Only our own claim: if our lease ran out and another run has since taken the row, leave it to that run.
      await db.execute(sql`
        update outbox
           set status = ${failed ? "FAILED" : "QUEUED"}::outbox_status, lease_until = null, last_error = ${message},
               next_attempt_at = ${nextAttemptAt.toISOString()}::timestamptz
         where id = ${id} and status = 'SENDING' and attempts = ${row.attempts}`);
      if (failed) report.failed++;
      else report.retried++;
    }
  }
  return report;
}

function describeError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.length > MAX_ERROR_LENGTH ? `${message.slice(0, MAX_ERROR_LENGTH - 1)}…` : message;
}
