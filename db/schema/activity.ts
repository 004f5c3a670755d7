import { bigint, date, index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { structures } from "./structures";
import { users } from "./users";

/** Who did what to what, when: the « activité récente » of a structure and the admins' audit trail. */
export const activityLog = pgTable(
  "activity_log",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    actorId: uuid().references(() => users.id),
    structureId: uuid().references(() => structures.id),
    regionCode: text(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: text().notNull(),
    summary: text().notNull(),
    details: jsonb().$type<Record<string, unknown>>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("activity_log_structure_idx").on(t.structureId, t.createdAt),
    index("activity_log_region_idx").on(t.regionCode, t.createdAt),
    // What happened to one thing: a structure's history (admin), whether an offer's « fin de
    // publication » notice already went out (cron, every minute).
    index("activity_log_subject_idx").on(t.subjectType, t.subjectId, t.action),
  ],
);

/** At most one digest a day per person (docs/produit.md#courriels): the row is the proof it was sent. */
export const digestSends = pgTable(
  "digest_sends",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    kind: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.day] })],
);
