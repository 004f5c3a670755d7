import { boolean, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { referenceKind } from "./enums";

/** Thématiques, publics cibles, types de terrain, types d'offreur, disciplines, types d'établissement. */
export const referenceItems = pgTable(
  "reference_items",
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: referenceKind().notNull(),
    label: text().notNull(),
    position: integer().notNull().default(0),
    isActive: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("reference_items_kind_label_key").on(t.kind, t.label)],
);

export type ReferenceItem = typeof referenceItems.$inferSelect;
