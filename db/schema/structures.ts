import { index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { files } from "./files";
import { referenceItems } from "./reference";

/** An offerer (« structure offreuse »): the fields of sign-up step 1 (docs/produit.md#inscription-dun-offreur). */
export const structures = pgTable(
  "structures",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    siren: text().notNull(),
    offererTypeId: integer()
      .notNull()
      .references(() => referenceItems.id),
    street: text().notNull(),
    addressComplement: text(),
    postalCode: text().notNull(),
    communeCode: text().notNull(),
    communeName: text().notNull(),
    departmentCode: text().notNull(),
    regionCode: text().notNull(),
    legalRepCivility: text().notNull(),
    legalRepLastName: text().notNull(),
    legalRepFirstName: text().notNull(),
    legalRepFunction: text().notNull(),
    description: text().notNull(),
    logoFileId: uuid().references(() => files.id, { onDelete: "set null" }),
    /** Frozen by a regional admin: its users cannot log in, its offers leave the catalogue. */
    frozenAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("structures_region_idx").on(t.regionCode), index("structures_siren_idx").on(t.siren)],
);

export type Structure = typeof structures.$inferSelect;
