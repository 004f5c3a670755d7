/**
 * A backup file (docs/architecture.md#sauvegardes): gzip of a JSON header line, then each table as
 * `COPY <table>` + the rows in PostgreSQL's COPY text format + `\.`. COPY text escapes newlines and
 * backslashes inside values, so a line `\.` can only be the end of a table.
 */
export const BACKUP_FORMAT = "sses-backup";
export const BACKUP_VERSION = 1;
export const END_OF_TABLE = "\\.";

/** A migration as drizzle records it (`drizzle.__drizzle_migrations.created_at` = the journal's `when`). */
export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** `when` of every migration applied to the backed-up database: the schema to rebuild before loading rows. */
  migrations: number[];
  /** Every table of the public schema, with its stored columns (generated ones are recomputed). */
  tables: { name: string; columns: string[] }[];
  /** Identity sequences, so that new rows never reuse an id. */
  sequences: { name: string; lastValue: string }[];
};

export function isBackupHeader(value: unknown): value is BackupHeader {
  const header = value as Partial<BackupHeader> | null;
  return header?.format === BACKUP_FORMAT && header.version === BACKUP_VERSION && Array.isArray(header.tables) && Array.isArray(header.migrations);
}
