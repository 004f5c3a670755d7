import { createReadStream } from "node:fs";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import postgres from "postgres";
import { MIGRATIONS_FOLDER, migrateDatabase, withDatabase } from "../migrate";
import { END_OF_TABLE, isBackupHeader, type BackupHeader } from "./format";
import { quoteIdentifier, quoteTable } from "./identifiers";

export type RestoreReport = { createdAt: string; tables: number; rows: number; previous: string | null };

/**
 * Replaces `database` (on the server of `adminUrl`) with the content of a backup of db/backup/dump.ts.
 * The rows go into a new database first, rebuilt by the migrations the backup was taken with, then
 * the migrations of this version run over them; only then is the current database renamed
 * `<database>_avant_restauration` (the one of an earlier restore is dropped) and the new one takes its
 * name. A failure leaves the current database untouched. Nothing may be connected to it: the platform
 * must be stopped.
 *
 * With `applicationUrl` (the embedded database's `sses_app`, db/application-role.ts), everything inside
 * the new database, schema and rows, is written as that role, which owns it: the superuser of
 * `adminUrl` only creates, renames and drops databases, which a role without CREATEDB cannot, and lets
 * the role load with foreign keys and triggers off (session_replication_role) for the load only.
 * Without it (a test's or bench's server), the superuser writes everything.
 */
export async function restoreDatabase({
  adminUrl,
  database,
  file,
  applicationUrl,
  log = () => {},
}: {
  adminUrl: string;
  database: string;
  file: string;
  applicationUrl?: string;
  log?: (line: string) => void;
}): Promise<RestoreReport> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]();
  const first = await lines.next();
  const header: unknown = first.done ? null : JSON.parse(first.value);
  if (!isBackupHeader(header)) throw new Error(`${file} n'est pas une sauvegarde de la plateforme (npm run db:backup).`);

  const incoming = `${database}_restauration`;
  const previous = `${database}_avant_restauration`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  const role = applicationUrl ? decodeURIComponent(new URL(applicationUrl).username) : null;
  try {
    await admin`drop database if exists ${admin(incoming)} with (force)`;
    if (role) {
      await admin`create database ${admin(incoming)} owner ${admin(role)}`;
      // PostgreSQL 15+: this one setting for this role, taken back in `finally`.
      await admin`grant set on parameter session_replication_role to ${admin(role)}`;
    } else {
      await admin`create database ${admin(incoming)}`;
    }
    const incomingUrl = withDatabase(applicationUrl ?? adminUrl, incoming);

    log(`Schéma de la sauvegarde (${header.migrations.length} migrations)…`);
    await migrateTo(incomingUrl, header.migrations);
    log("Chargement des lignes…");
    const rows = await loadRows(incomingUrl, header, lines);
    log("Migrations de cette version…");
    await migrateDatabase(incomingUrl);

    const [current] = await admin`select 1 from pg_database where datname = ${database}`;
    await admin`drop database if exists ${admin(previous)} with (force)`;
    if (current) await admin`alter database ${admin(database)} rename to ${admin(previous)}`;
    await admin`alter database ${admin(incoming)} rename to ${admin(database)}`;
    return { createdAt: header.createdAt, tables: header.tables.length, rows, previous: current ? previous : null };
  } catch (error) {
    await admin`drop database if exists ${admin(incoming)} with (force)`.catch(() => {});
    throw error;
  } finally {
    if (role) await admin`revoke set on parameter session_replication_role from ${admin(role)}`.catch(() => {});
    await admin.end({ timeout: 5 });
  }
}

/** Applies exactly the migrations of the backup, from a copy of the migrations folder whose journal stops there. */
async function migrateTo(url: string, applied: number[]) {
  const journalPath = path.join(MIGRATIONS_FOLDER, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8")) as { entries: { when: number }[] };
  const known = new Set(journal.entries.map((entry) => entry.when));
  const unknown = applied.filter((when) => !known.has(when));
  if (unknown.length > 0) throw new Error("Cette sauvegarde vient d'une version plus récente de la plateforme : mettez le code à jour avant de la restaurer.");
  const folder = await mkdtemp(path.join(tmpdir(), "sses-restore-"));
  try {
    await cp(MIGRATIONS_FOLDER, folder, { recursive: true });
    const wanted = new Set(applied);
    await writeFile(
      path.join(folder, "meta", "_journal.json"),
      JSON.stringify({ ...journal, entries: journal.entries.filter((entry) => wanted.has(entry.when)) }),
    );
    await migrateDatabase(url, folder);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** COPY of every table in one transaction, foreign keys not checked while loading (the rows come from one consistent snapshot), then the sequences. */
async function loadRows(url: string, header: BackupHeader, lines: AsyncIterator<string>): Promise<number> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  let rows = 0;
  try {
    await sql.begin(async (tx) => {
      await tx`set local session_replication_role = replica`;
      const columnsOf = new Map(header.tables.map((table) => [table.name, table.columns]));
      for (let next = await lines.next(); !next.done; next = await lines.next()) {
        if (next.value === "") continue;
        const name = next.value.startsWith("COPY ") ? next.value.slice(5) : null;
        const columns = name === null ? undefined : columnsOf.get(name);
        if (!name || !columns) throw new Error(`Sauvegarde illisible près de « ${next.value.slice(0, 40)} ».`);
        const target = await tx.unsafe(`copy ${quoteTable(name)} (${columns.map(quoteIdentifier).join(", ")}) from stdin`).writable();
        await pipeline(Readable.from(tableLines(lines, () => rows++)), target);
      }
      for (const sequence of header.sequences) {
        await tx`select setval(${quoteTable(sequence.name)}::regclass, ${sequence.lastValue}::bigint, true)`;
      }
    });
    return rows;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function* tableLines(lines: AsyncIterator<string>, counted: () => void): AsyncGenerator<string> {
  for (let next = await lines.next(); !next.done; next = await lines.next()) {
    if (next.value === END_OF_TABLE) return;
    counted();
    yield `${next.value}\n`;
  }
  throw new Error("Sauvegarde tronquée : une table n'a pas de fin.");
}
