import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { permission, tokenPurpose, userKind } from "./enums";
import { institutions } from "./institutions";
import { structures } from "./structures";

/**
 * Every account of the platform: offerer users (one structure, cumulative permissions),
 * institution users (one institution) and regional admins (one région). One email, one account.
 */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: userKind().notNull(),
    /** Always stored lowercased and trimmed (lib/core/validation emailSchema). */
    email: text().notNull(),
    /** Null until the account is activated (activation link) or given a temporary password. */
    passwordHash: text(),
    firstName: text().notNull(),
    lastName: text().notNull(),
    jobTitle: text(),
    phone: text(),
    structureId: uuid().references(() => structures.id),
    institutionId: uuid().references(() => institutions.id),
    regionCode: text(),
    permissions: permission()
      .array()
      .notNull()
      .default(sql`'{}'::permission[]`),
    /** Set when an ADMIN chose a temporary password: the next login must replace it (docs/produit.md#comptes-et-securite). */
    mustChangePassword: boolean().notNull().default(false),
    /** « Gelé »: cannot log in. */
    frozenAt: timestamp({ withTimezone: true }),
    lastLoginAt: timestamp({ withTimezone: true }),
    /** « Inactif »: no login for 15 months, recomputed by /api/cron. */
    inactiveSince: timestamp({ withTimezone: true }),
    termsAcceptedAt: timestamp({ withTimezone: true }),
    /** The CGU version accepted at termsAcceptedAt (lib/users/terms.ts): a newer version is accepted again at the next login. */
    termsVersion: integer(),
    /**
     * « Supprimer » (docs/produit.md#comptes-et-securite): the row stays so that histories keep their actor, but its personal
     * data are erased (names become « Utilisateur supprimé », the email a placeholder freeing the address).
     */
    deletedAt: timestamp({ withTimezone: true }),
    createdById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    index("users_structure_idx").on(t.structureId),
    index("users_institution_idx").on(t.institutionId),
    check(
      "users_kind_scope_check",
      sql`(${t.kind} = 'OFFERER' and ${t.structureId} is not null and ${t.institutionId} is null)
       or (${t.kind} = 'INSTITUTION' and ${t.institutionId} is not null and ${t.structureId} is null)
       or (${t.kind} = 'REGIONAL_ADMIN' and ${t.regionCode} is not null and ${t.structureId} is null and ${t.institutionId} is null)`,
    ),
  ],
);

/** Activation and password-reset links: only a SHA-256 of the token is stored; single use; expiring. */
export const userTokens = pgTable(
  "user_tokens",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    purpose: tokenPurpose().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("user_tokens_hash_key").on(t.tokenHash), index("user_tokens_user_idx").on(t.userId)],
);

/**
 * Every limit counter (lib/core/limits/limiter.ts): one row per counted event in a bucket
 * (« login:account:<email> », « signup:address:<address> »…). Decisions are taken under a
 * per-bucket advisory lock, so that they hold across parallel requests and server instances.
 * `expiresAt` is when the row stops mattering to any rule; the scheduled job deletes it then.
 */
export const limitEvents = pgTable(
  "limit_events",
  {
    id: bigint({ mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    bucket: text().notNull(),
    occurredAt: timestamp({ withTimezone: true }).notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index("limit_events_bucket_idx").on(t.bucket, t.occurredAt), index("limit_events_expires_idx").on(t.expiresAt)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type UserToken = typeof userTokens.$inferSelect;
