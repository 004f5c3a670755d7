import { integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./types";

/**
 * Logos and attachments, checked by content before they get here, kept in PostgreSQL so that the
 * embedded default and backups stay whole (docs/architecture.md#fichiers). lib/core/files is the one door.
 */
export const files = pgTable("files", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  mimeType: text().notNull(),
  size: integer().notNull(),
  sha256: text().notNull(),
  content: bytea().notNull(),
  uploadedById: uuid(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  /** Set by the scheduled job when nothing links to the file any more; the file goes 30 days later (lib/core/files/purge.ts). */
  unreferencedSince: timestamp({ withTimezone: true }),
  /**
   * A file sent to POST /api/fichiers waits to be attached: the SHA-256 of its single-use token and
   * the form it was judged for; both cleared when a form attaches it (lib/core/files/claims.ts).
   */
  claimTokenHash: text(),
  claimPurpose: text(),
});

export type StoredFile = typeof files.$inferSelect;
