import postgres from "postgres";
import { databaseUrl } from "@/lib/core/env";
import { OUTBOX_CHANNEL } from "./channel";
import { deliverDueEmails } from "./deliver";
import { transportFromEnv, type Transport } from "./transports";

export type ImmediateDelivery = { stop: () => Promise<void> };

const BATCH_SIZE = 50;

/**
 * Delivers emails right after the transaction that queued them commits (docs/architecture.md#outbox):
 * LISTEN on the channel enqueueEmail notifies, which PostgreSQL delivers at commit only, then the same
 * delivery pass as the scheduled job, outside the request, so the action's answer never waits for the
 * transport. Exactly once as before: rows are claimed FOR UPDATE SKIP LOCKED, so this, another
 * instance's listener and the cron never take the same row. A notification that arrives during a
 * pass runs one more; on (re)connection, a pass takes what was queued while nobody listened.
 */
export function startImmediateDelivery({
  transport = transportFromEnv(),
  log = (message: string) => console.error(message),
}: { transport?: Transport; log?: (message: string) => void } = {}): ImmediateDelivery {
  const listener = postgres(databaseUrl(), { max: 1, onnotice: () => {} });
  let running: Promise<void> | null = null;
  let again = false;

  const drain = async () => {
    do {
      again = false;
      for (;;) {
        const batch = await deliverDueEmails({ transport, batchSize: BATCH_SIZE });
        if (batch.sent + batch.retried + batch.failed < BATCH_SIZE) break;
      }
    } while (again);
  };
  const trigger = () => {
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: unknown) => log(`Envoi immédiat des courriels : ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
        if (again) trigger();
      });
  };

  // postgres.js listens again by itself after a lost connection; only the first one is ours to retry.
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;
  let subscription: Promise<{ unlisten: () => Promise<void> } | null>;
  const subscribe = () => {
    subscription = listener.listen(OUTBOX_CHANNEL, trigger, trigger).catch((error: unknown) => {
      log(`Envoi immédiat des courriels indisponible, nouvel essai dans 5 s : ${error instanceof Error ? error.message : String(error)}`);
      if (!stopped) retry = setTimeout(subscribe, 5_000).unref();
      return null;
    });
  };
  subscribe();
  return {
    async stop() {
      stopped = true;
      clearTimeout(retry);
      await (await subscription)?.unlisten();
      await running;
      await listener.end({ timeout: 5 });
    },
  };
}
