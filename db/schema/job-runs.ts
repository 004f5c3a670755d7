import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** When each periodic job last finished (« cron »: lib/core/cron), for /api/ready. */
export const jobRuns = pgTable("job_runs", {
  name: text().primaryKey(),
  finishedAt: timestamp({ withTimezone: true }).notNull(),
});
