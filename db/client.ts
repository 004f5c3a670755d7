import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { databaseUrl, env } from "@/lib/core/env";
import * as schema from "./schema";

function createDatabase(url: string) {
  const client = postgres(url, { max: env().DB_POOL_MAX, onnotice: () => {}, connection: { TimeZone: "UTC" } });
  return drizzle(client, { schema, casing: "snake_case" });
}

export type Database = ReturnType<typeof createDatabase>;
/** A transaction handle, for functions that must run inside the caller's transaction (history, outbox). */
export type Tx = Parameters<Parameters<Database["transaction"]>[0]>[0];
export type DbOrTx = Database | Tx;

// One pool per process, created on first use so that `next build` never needs a database.
const holder = globalThis as unknown as { ssesDb?: Database };

function instance(): Database {
  holder.ssesDb ??= createDatabase(databaseUrl());
  return holder.ssesDb;
}

export const db: Database = new Proxy({} as Database, {
  get: (_target, property) => Reflect.get(instance(), property),
});

export async function closeDatabase(): Promise<void> {
  const current = holder.ssesDb;
  holder.ssesDb = undefined;
  await current?.$client.end({ timeout: 5 });
}
