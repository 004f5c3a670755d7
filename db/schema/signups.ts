import { index, pgTable, text, timestamp, uuid, jsonb } from "drizzle-orm/pg-core";
import { signupStatus } from "./enums";
import { files } from "./files";
import { structures } from "./structures";
import { users } from "./users";

/** What step 1 and step 2 of « Créer un compte offreur » hold, as validated by lib/signups/schemas. */
export type SignupData = {
  structure: {
    offererTypeId: number;
    name: string;
    siren: string;
    street: string;
    addressComplement?: string | null;
    postalCode: string;
    communeCode: string;
    communeName: string;
    departmentCode: string;
    regionCode: string;
    legalRepCivility: string;
    legalRepLastName: string;
    legalRepFirstName: string;
    legalRepFunction: string;
    description: string;
  };
  admin: { firstName: string; lastName: string; jobTitle: string; email: string; phone: string };
};

export const signupRequests = pgTable(
  "signup_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    status: signupStatus().notNull().default("PENDING"),
    data: jsonb().$type<SignupData>().notNull(),
    /** Copied out of `data` for the moderation queue and its warnings. */
    regionCode: text().notNull(),
    siren: text().notNull(),
    email: text().notNull(),
    structureName: text().notNull(),
    logoFileId: uuid().references(() => files.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    decidedById: uuid().references(() => users.id),
    refusalReason: text(),
    structureId: uuid().references(() => structures.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("signup_requests_region_status_idx").on(t.regionCode, t.status, t.createdAt)],
);

export type SignupRequest = typeof signupRequests.$inferSelect;
