import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../db/embedded";
import { APPLICATION_ROLE, handOverToApplicationRole } from "../../db/application-role";
import { ensureDatabase, migrateDatabase } from "../../db/migrate";
import { persistentSecret } from "./processes";
import { one } from "@/lib/core/rows";

export type PreparedDatabase = {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
  /** Settles when the embedded server exits by itself or is stopped; never with DATABASE_URL (its host watches it). */
  exited: () => Promise<void>;
  /** Starts the embedded server again, on the same port and data, after it died. */
  restart: () => Promise<void>;
};

/**
 * DATABASE_URL when given (demo data only with SEED_DEMO=true), otherwise the embedded server in
 * `.data/postgres` with demo data loaded on first run. Migrations and reference lists every time.
 */
export async function prepareDatabase({ dataDir, log }: { dataDir: string; log: (line: string) => void }): Promise<PreparedDatabase> {
  let url = process.env.DATABASE_URL;
  const embedded = !url;
  let server: EmbeddedServer | undefined;
  const directory = path.join(dataDir, "postgres");
  if (!url) {
    log("Démarrage de la base PostgreSQL embarquée (.data/postgres)…");
    server = await startEmbeddedPostgres(directory, { durability: "durable", logDirectory: path.join(dataDir, "logs") });
    url = await applicationDatabaseUrl(server, dataDir);
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
  return {
    url,
    embedded,
    stop: async () => server?.stop(),
    exited: () => server?.exited ?? new Promise(() => {}),
    restart: async () => {
      if (!server) return;
      server = await startEmbeddedPostgres(directory, { durability: "durable", port: server.port });
    },
  };
}

/**
 * The embedded `sses` database as the application's role (created, and given everything in it, when
 * needed): migrations, the application and a restore (scripts/restore.ts) write as its owner, not as
 * the superuser (db/application-role.ts).
 */
export async function applicationDatabaseUrl(server: EmbeddedServer, dataDir: string): Promise<string> {
  await ensureDatabase(server.url("postgres"), "sses");
  const password = persistentSecret(path.join(dataDir, "postgres-app-password"));
  await handOverToApplicationRole(server.url, "sses", password);
  return `postgres://${APPLICATION_ROLE}:${encodeURIComponent(password)}@127.0.0.1:${server.port}/sses`;
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
