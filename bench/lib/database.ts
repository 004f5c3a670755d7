import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres, type Durability } from "../../db/embedded";
import { migrateDatabase, splitDatabaseUrl } from "../../db/migrate";

/**
 * A fresh, migrated database `sses_bench_<name>` for one benchmark: on the server of DATABASE_URL,
 * or on an embedded PostgreSQL of its own in `.data/postgres-bench-<name>`, disposable (no fsync)
 * unless a benchmark measures the durable setting of `npm start`.
 */
export async function prepareBenchDatabase(
  root: string,
  name: string,
  durability: Durability = "disposable",
): Promise<{ url: string; stop: () => Promise<void> }> {
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = splitDatabaseUrl(process.env.DATABASE_URL).adminUrl;
  } else {
    const server = await startEmbeddedPostgres(path.join(root, ".data", `postgres-bench-${name}`), { durability });
    adminUrl = server.url("postgres");
    stop = server.stop;
  }
  const database = `sses_bench_${name}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin`drop database if exists ${admin(database)} with (force)`;
  await admin`create database ${admin(database)}`;
  await admin.end();
  const url = Object.assign(new URL(adminUrl), { pathname: `/${database}` }).toString();
  await migrateDatabase(url);
  return { url, stop };
}
