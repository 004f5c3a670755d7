/**
 * From an action's answer to its email handed to the transport, with immediate delivery
 * (lib/core/outbox/immediate-delivery.ts) and no cron run: the listener runs in this process as it
 * does in the Next server, on the durable cluster of `npm start`. Each « action » is a transaction
 * that queues a password-reset email (as « Mot de passe oublié » does); its answer is the moment the
 * transaction has committed. Actions one at a time at random intervals, then bursts of concurrent ones.
 *
 *   npm run bench:email
 *   BENCH_EMAILS=400 BENCH_BURST=50 npm run bench:email
 */
import path from "node:path";
import { prepareBenchDatabase } from "./lib/database";
import { percentile } from "./lib/load";

const root = path.resolve(import.meta.dirname, "..");
const EMAILS = Number(process.env.BENCH_EMAILS ?? 200);
const BURST = Number(process.env.BENCH_BURST ?? 25);
const log = (line: string) => console.log(`[bench:email] ${line}`);

const { url, stop } = await prepareBenchDatabase(root, "email", "durable");
process.env.DATABASE_URL = url;
const { db, closeDatabase } = await import("../db/client");
const { enqueueEmail } = await import("../lib/core/outbox/enqueue");
const { startImmediateDelivery } = await import("../lib/core/outbox/immediate-delivery");

const handedAt = new Map<string, number>();
const delivery = startImmediateDelivery({ transport: { name: "local", send: async (message) => (handedAt.set(message.to, Date.now()), {}) } });
await new Promise((resolve) => setTimeout(resolve, 500)); // LISTEN established

async function action(to: string): Promise<number> {
  await db.transaction((tx) =>
    enqueueEmail(tx, { template: "password-reset", to, props: { firstName: "Claire", resetUrl: "https://sses.test/r/x", expiresInHours: 1 } }),
  );
  return Date.now();
}

async function measure(recipients: string[], answeredAt: Map<string, number>): Promise<number[]> {
  while (recipients.some((to) => !handedAt.has(to))) await new Promise((resolve) => setTimeout(resolve, 10));
  return recipients.map((to) => handedAt.get(to)! - answeredAt.get(to)!);
}

function report(label: string, latencies: number[]) {
  const sorted = [...latencies].sort((a, b) => a - b);
  log(`${label}: n=${sorted.length} p50=${percentile(sorted, 50)} ms p95=${percentile(sorted, 95)} ms max=${sorted.at(-1)} ms`);
}

const single = new Map<string, number>();
const singles = Array.from({ length: EMAILS }, (_, i) => `seul${i}@bench.test`);
for (const to of singles) {
  single.set(to, await action(to));
  await new Promise((resolve) => setTimeout(resolve, Math.random() * 50));
}
const singleLatencies = await measure(singles, single);
report("one at a time", singleLatencies);

const burst = new Map<string, number>();
const bursts: string[] = [];
for (let round = 0; round < Math.ceil(EMAILS / BURST); round++) {
  const recipients = Array.from({ length: BURST }, (_, i) => `rafale${round}-${i}@bench.test`);
  bursts.push(...recipients);
  await Promise.all(recipients.map(async (to) => burst.set(to, await action(to))));
  await new Promise((resolve) => setTimeout(resolve, 200));
}
const burstLatencies = await measure(bursts, burst);
report(`bursts of ${BURST}`, burstLatencies);
report("all", [...singleLatencies, ...burstLatencies]);

await delivery.stop();
await closeDatabase();
await stop();
