/**
 * What flushing every commit to disk costs an offer save (`npm start`'s cluster is durable; the
 * test, e2e and bench clusters run with fsync=off): « Créer l'offre » (the offer, its history row
 * and its activity row in one transaction, as the wizard's first save does), timed one after the
 * other on one durable embedded cluster, alternating rounds with fsync, synchronous_commit and
 * full_page_writes on (the platform's setting) and off (the disposable clusters' setting). The three
 * settings are reloadable, so both modes run on the same data, disk and process.
 *
 *   npm run bench:durability
 *   BENCH_SAVES=400 BENCH_ROUNDS=6 npm run bench:durability
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import { prepareBenchDatabase } from "./lib/database";
import { percentile } from "./lib/load";

const root = path.resolve(import.meta.dirname, "..");
const SAVES = Number(process.env.BENCH_SAVES ?? 200);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 4);
const log = (line: string) => console.log(`[bench:durability] ${line}`);

const { url, stop } = await prepareBenchDatabase(root, "durability", "durable");
process.env.DATABASE_URL = url;
const { db, closeDatabase } = await import("../db/client");
const { structures, users } = await import("../db/schema");
const { seedReferenceData } = await import("../db/seed/reference");
const { seedDemoData } = await import("../db/seed/demo");
const { toSessionUser } = await import("../lib/core/auth/session-user");
const { createOffer } = await import("../lib/offers/editing");
const { descriptionStepSchema } = await import("../lib/offers/schemas");

async function setFlush(on: boolean) {
  const value = on ? "on" : "off";
  await db.execute(sql.raw(`alter system set fsync = ${value}`));
  await db.execute(sql.raw(`alter system set synchronous_commit = ${value}`));
  await db.execute(sql.raw(`alter system set full_page_writes = ${value}`));
  await db.execute(sql`select pg_reload_conf()`);
  await new Promise((resolve) => setTimeout(resolve, 300)); // the reload reaches every backend
}

try {
  await seedReferenceData(db);
  await seedDemoData(db);
  const [author] = await db
    .select()
    .from(users)
    .where(sql`${users.email} = 'direction@demo.sses.fr'`);
  if (!author) throw new Error("demo account direction@demo.sses.fr missing");
  const [structure] = await db
    .select({ regionCode: structures.regionCode })
    .from(structures)
    .where(sql`${structures.id} = ${author.structureId}`);
  const actor = toSessionUser(author, structure?.regionCode ?? null);
  const values = descriptionStepSchema.parse({ name: "Atelier sommeil et écrans (mesure)", themeIds: [], targetPublicIds: [] });

  const times: Record<"on" | "off", number[]> = { on: [], off: [] };
  for (let round = 0; round < ROUNDS * 2; round++) {
    const mode = round % 2 === 0 ? "on" : "off";
    await setFlush(mode === "on");
    const [{ fsync }] = (await db.execute<{ fsync: string }>(sql`show fsync`)) as unknown as [{ fsync: string }];
    if (fsync !== mode) throw new Error(`fsync is ${fsync}, expected ${mode}`);
    for (let i = 0; i < SAVES; i++) {
      const started = process.hrtime.bigint();
      await createOffer(actor, values);
      times[mode].push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    log(`round ${round + 1}: fsync ${mode}, ${SAVES} saves`);
  }
  await setFlush(true);

  for (const mode of ["on", "off"] as const) {
    const sorted = [...times[mode]].sort((a, b) => a - b);
    const mean = sorted.reduce((sum, t) => sum + t, 0) / sorted.length;
    log(
      `fsync ${mode.padEnd(3)}: ${sorted.length} saves, mean ${mean.toFixed(2)} ms, p50 ${percentile(sorted, 50).toFixed(2)} ms, p95 ${percentile(sorted, 95).toFixed(2)} ms`,
    );
  }
} finally {
  await closeDatabase();
  await stop();
}
