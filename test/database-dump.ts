import { sql } from "drizzle-orm";
import { db } from "@/db/client";

export type DumpedRow = { table: string; row: string };

/**
 * Every row of every table of the test database as text (bytea as hex), like a dump: to prove
 * that a secret (a clear token, a password) is stored nowhere, outbox and logs included.
 */
export async function dumpDatabase(): Promise<DumpedRow[]> {
  const tables = await db.execute<{ name: string }>(
    sql`select quote_ident(table_name) as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const dumped: DumpedRow[] = [];
  for (const { name } of tables) {
    const rows = await db.execute<{ row: string }>(sql`select t::text as row from ${sql.raw(name)} t`);
    for (const { row } of rows) dumped.push({ table: name, row });
  }
  return dumped;
}

/** The dumped rows that contain `secret`. */
export async function rowsContaining(secret: string): Promise<DumpedRow[]> {
  return (await dumpDatabase()).filter((entry) => entry.row.includes(secret));
}
