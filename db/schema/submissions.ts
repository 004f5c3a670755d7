import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * One row per form submission that wrote something, keyed by the idempotency key the form drew when
 * it rendered (lib/core/actions/submission-key.ts). Written in the transaction of the write itself
 * (db/client.ts), so a submission sent again after a cut connection finds it and is not stored twice
 * (docs/architecture.md#une-soumission-une-ecriture). Purged after 7 days by the cron.
 */
export const actionSubmissions = pgTable(
  "action_submissions",
  {
    key: text().primaryKey(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    /** What the action answered, given back to a repeated submission. */
    result: jsonb(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("action_submissions_created_at_idx").on(t.createdAt)],
);
