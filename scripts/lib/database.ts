import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../../db/embedded";
import { APPLICATION_ROLE, handOverToApplicationRole } from "../../db/application-role";
import { ensureDatabase, migrateDatabase } from "../../db/migrate";
import { persistentSecret } from "./processes";
import { one } from "@/test/rows";

export type PreparedDatabase = { url: string; embedded: boolean; stop: () => Promise<void> };

/**
 * DATABASE_URL when given (demo data only with SEED_DEMO=true), otherwise the embedded server in
 * `.data/postgres` with demo data loaded on first run. Migrations and reference lists every time.
 */
export async function prepareDatabase({ dataDir, log }: { dataDir: string; log: (line: string) => void }): Promise<PreparedDatabase> {
  let url = process.env.DATABASE_URL;
  let stop = async () => {};
  const embedded = !url;
  if (!url) {
    log("Démarrage de la base PostgreSQL embarquée (.data/postgres)…");
    const server = await startEmbeddedPostgres(path.join(dataDir, "postgres"), { durability: "durable" });
    await ensureDatabase(server.url("postgres"), "sses");
    // Migrations and the application run as the database's owner, not as the superuser (db/application-role.ts).
    const password = persistentSecret(path.join(dataDir, "postgres-app-password"));
    await handOverToApplicationRole(server.url, "sses", password);
    url = `postgres://${APPLICATION_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${server.port}/sses`;
    stop = server.stop;
  }
  log("Application des migrations…");
  await migrateDatabase(url);

  process.env.DATABASE_URL = url;
  const { db, closeDatabase } = await import("../../db/client");
  const { seedReferenceData } = await import("../../db/seed/reference");
  await seedReferenceData(db);
  if ((embedded || process.env.SEED_DEMO === "true") && (await isEmpty(url))) {
    log("Chargement des données de démonstration…");
    const { seedDemoData } = await import("../../db/seed/demo");
    const counts = await seedDemoData(db);
    log(`Données de démonstration : ${counts.structures} structures, ${counts.offers} offres, ${counts.users} comptes.`);
  }
  await closeDatabase();
  return { url, embedded, stop };
}

async function isEmpty(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const row = one(await sql<{ count: number }[]>`select count(*)::int as count from structures`);
    return row.count === 0;
  } finally {
    await sql.end();
  }
}
