import { createWriteStream } from "node:fs";
import { rename, rm, stat } from "node:fs/promises";
import { pipeline } from "node:stream/promises";
import { createGzip } from "node:zlib";
import postgres from "postgres";
import { BACKUP_FORMAT, BACKUP_VERSION, END_OF_TABLE, type BackupHeader } from "./format";
import { quoteIdentifier, quoteTable } from "./identifiers";

export type BackupSummary = { file: string; tables: number; bytes: number };

/**
 * A consistent logical backup of the database at `url` into `file` (gzip, mode 0600), while the
 * platform keeps serving: one REPEATABLE READ READ ONLY transaction, so every table is read at the
 * same instant and writers are never blocked. Needs nothing but the driver: the embedded package
 * ships no pg_dump (docs/architecture.md#sauvegardes).
 */
export async function backupDatabase(url: string, file: string): Promise<BackupSummary> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const partial = `${file}.partial`;
  try {
    let tables = 0;
    await sql.begin("isolation level repeatable read read only", async (tx) => {
      const header = await readHeader(tx);
      tables = header.tables.length;
      await pipeline(chunks(tx, header), createGzip(), createWriteStream(partial, { mode: 0o600 }));
    });
    await rename(partial, file);
    return { file, tables, bytes: (await stat(file)).size };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function readHeader(tx: postgres.TransactionSql): Promise<BackupHeader> {
  const migrations = await tx<{ when: string }[]>`select created_at::text as when from drizzle.__drizzle_migrations order by created_at`;
  const tables = await tx<{ name: string; columns: string[] }[]>`
    select c.relname as name,
           array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where n.nspname = 'public' and c.relkind in ('r', 'p')
    group by c.relname
    order by c.relname`;
  // last_value is null for a sequence never used: the fresh one of the restore is then right as it is.
  const sequences = await tx<{ name: string; lastValue: string }[]>`
    select sequencename as name, last_value::text as "lastValue"
    from pg_sequences where schemaname = 'public' and last_value is not null
    order by sequencename`;
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    migrations: migrations.map((m) => Number(m.when)),
    tables: tables.map((t) => ({ name: t.name, columns: t.columns })),
    sequences: [...sequences],
  };
}

async function* chunks(tx: postgres.TransactionSql, header: BackupHeader): AsyncGenerator<string | Buffer> {
  yield `${JSON.stringify(header)}\n`;
  for (const table of header.tables) {
    yield `COPY ${table.name}\n`;
    const rows = await tx.unsafe(`copy ${quoteTable(table.name)} (${table.columns.map(quoteIdentifier).join(", ")}) to stdout`).readable();
    for await (const chunk of rows) yield chunk as Buffer;
    // postgres.js pauses its socket when the stream's buffer is full and resumes it only from the stream's
    // _read(); when that happens on the last chunk, nothing calls it again and the next query waits for ever.
    (rows as unknown as { _read: () => void })._read();
    yield `${END_OF_TABLE}\n`;
  }
}
