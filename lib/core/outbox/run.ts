import "server-only";
import { queueDailyDigests } from "./digests";
import { deliverDueEmails } from "./deliver";
import { transportFromEnv, type Transport } from "./transports";

export type OutboxReport = { digestsQueued: number; emailsSent: number; emailsRetried: number; emailsFailed: number };

/** A cron run stops taking new batches after this, so that it ends well before the next one starts. */
const DELIVERY_BUDGET_MS = 25_000;

/**
 * The email part of a cron run (docs/produit.md#tache-planifiee): queue today's reminders (business clock, which tests may
 * freeze), then deliver batch after batch while there is work and time. Delivery runs on the real
 * clock: queued rows are stamped by the database, and a frozen test clock must not hold them back.
 */
export async function runOutbox(businessNow: Date, transport: Transport = transportFromEnv()): Promise<OutboxReport> {
  const digests = await queueDailyDigests(businessNow);
  const report: OutboxReport = {
    digestsQueued: digests.validatorDigests + digests.adminDigests + digests.adminOfferDigests,
    emailsSent: 0,
    emailsRetried: 0,
    emailsFailed: 0,
  };
  const batchSize = 50;
  const started = Date.now();
  for (;;) {
    const batch = await deliverDueEmails({ transport, batchSize });
    report.emailsSent += batch.sent;
    report.emailsRetried += batch.retried;
    report.emailsFailed += batch.failed;
    if (batch.sent + batch.retried + batch.failed < batchSize || Date.now() - started > DELIVERY_BUDGET_MS) return report;
  }
}
