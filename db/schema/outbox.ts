import { bigint, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { outboxStatus } from "./enums";

/**
 * Every email, written in the transaction of the change that causes it and delivered by /api/cron
 * (FOR UPDATE SKIP LOCKED + lease). Rendered when queued, so the admin's « courriels » page and the
 * tests read exactly what leaves. Without RESEND_API_KEY, SENT rows are the local mailbox.
 */
export const outbox = pgTable(
  "outbox",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    template: text().notNull(),
    toEmail: text().notNull(),
    subject: text().notNull(),
    html: text().notNull(),
    text: text().notNull(),
    /** The région whose admins may read this message in /admin/courriels. */
    regionCode: text(),
    status: outboxStatus().notNull().default("QUEUED"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    leaseUntil: timestamp({ withTimezone: true }),
    lastError: text(),
    providerMessageId: text(),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("outbox_due_idx").on(t.status, t.nextAttemptAt),
    index("outbox_region_idx").on(t.regionCode, t.createdAt),
    index("outbox_to_idx").on(t.toEmail),
  ],
);

export type OutboxMessage = typeof outbox.$inferSelect;
