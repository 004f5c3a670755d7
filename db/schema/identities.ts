import { index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/** The single sign-on services a person can log in with beside the password (docs/produit.md#identites-externes). */
export const identityProvider = pgEnum("identity_provider", ["PROCONNECT", "PRO_SANTE_CONNECT"]);
export type IdentityProvider = (typeof identityProvider.enumValues)[number];

/**
 * The account and the identity, shared by a link and its request: the service and its `sub` (an email
 * can change at the provider, the subject does not).
 */
const identityColumns = () => ({
  userId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  provider: identityProvider().notNull(),
  subject: text().notNull(),
});

/**
 * An identity of ProConnect or Pro Santé Connect linked to an account, keyed by provider + subject.
 * One identity, one account.
 * Only lib/core/auth/oidc/identities.ts writes it.
 */
export const linkedIdentities = pgTable(
  "linked_identities",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...identityColumns(),
    /** The email the provider gave when the identity was linked, shown in « Mon profil ». */
    email: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("linked_identities_subject_key").on(t.provider, t.subject), index("linked_identities_user_idx").on(t.userId)],
);

/**
 * A link waiting for its confirmation by email (valid 15 minutes, single use): only the SHA-256 of the
 * emailed token is stored, as for lib/core/tokens.
 */
export const identityLinkRequests = pgTable(
  "identity_link_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    ...identityColumns(),
    email: text().notNull(),
    tokenHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("identity_link_requests_hash_key").on(t.tokenHash), index("identity_link_requests_user_idx").on(t.userId)],
);

export type LinkedIdentity = typeof linkedIdentities.$inferSelect;
