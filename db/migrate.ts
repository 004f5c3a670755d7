import path from "node:path";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";

export const MIGRATIONS_FOLDER = path.join(import.meta.dirname, "migrations");

/** Applies the committed drizzle-kit migrations; safe to run on every start (already applied ones are skipped). A restore passes a folder whose journal stops at a backup's schema. */
export async function migrateDatabase(url: string, migrationsFolder = MIGRATIONS_FOLDER): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await migrate(drizzle(client), { migrationsFolder });
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Creates `database` on the server of `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = postgres(adminUrl, { max: 1, onnotice: () => {} });
  try {
    const [found] = await client`select 1 from pg_database where datname = ${database}`;
    if (found) return;
    const from = template ? client`template ${client(template)}` : client``;
    await client`create database ${client(database)} ${from}`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** `postgres://…/name` → the same server's `postgres` database, and the name. */
export function splitDatabaseUrl(url: string): { adminUrl: string; database: string } {
  const parsed = new URL(url);
  const database = decodeURIComponent(parsed.pathname.slice(1)) || "postgres";
  parsed.pathname = "/postgres";
  return { adminUrl: parsed.toString(), database };
}

/** The same server's `database`. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
