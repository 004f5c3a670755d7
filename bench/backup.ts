/**
 * Backup and restore of a database of 100,000 offers (`npm run db:backup` / `npm run db:restore`,
 * db/backup/): the catalogue benchmark's offers (bench/lib/catalogue-seed.ts) on a durable embedded
 * cluster, as `npm start`'s; times, file size, and the rows counted back after the restore.
 *
 *   npm run bench:backup
 *   BENCH_OFFERS=20000 npm run bench:backup
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { splitDatabaseUrl } from "../db/migrate";
import { prepareBenchDatabase } from "./lib/database";

const root = path.resolve(import.meta.dirname, "..");
const OFFERS = Number(process.env.BENCH_OFFERS ?? 100_000);
const log = (line: string) => console.log(`[bench:backup] ${line}`);

const { url, stop } = await prepareBenchDatabase(root, "backup", "durable");
process.env.DATABASE_URL = url;
const { db, closeDatabase } = await import("../db/client");
const { seedBenchmarkOffers } = await import("./lib/catalogue-seed");
const { backupDatabase } = await import("../db/backup/dump");
const { restoreDatabase } = await import("../db/backup/restore");

const countOffers = async () => Number((await db.execute<{ n: number }>(sql`select count(*)::int as n from offers`))[0]?.n);
const databaseSize = async () =>
  String((await db.execute<{ size: string }>(sql`select pg_size_pretty(pg_database_size(current_database())) as size`))[0]?.size);

log(`seeding ${OFFERS} offers…`);
await seedBenchmarkOffers(db, OFFERS, "2026-12-06");
const before = await countOffers();
log(`${before} offers, database ${await databaseSize()}`);

const folder = mkdtempSync(path.join(tmpdir(), "sses-bench-backup-"));
const file = path.join(folder, "bench.backup.gz");
let started = Date.now();
const summary = await backupDatabase(url, file);
log(`backup: ${((Date.now() - started) / 1000).toFixed(1)} s, ${(summary.bytes / 1024 / 1024).toFixed(1)} MiB, ${summary.tables} tables`);

await closeDatabase();
const { adminUrl, database } = splitDatabaseUrl(url);
started = Date.now();
const report = await restoreDatabase({ adminUrl, database, file });
log(`restore: ${((Date.now() - started) / 1000).toFixed(1)} s, ${report.rows} rows`);
const after = await countOffers();
log(`${after} offers after the restore (${after === before ? "as before" : "DIFFERENT"}), database ${await databaseSize()}`);

await closeDatabase();
rmSync(folder, { recursive: true, force: true });
await stop();
