import { boolean, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { identityProvider } from "./identities";
import { users } from "./users";

/**
 * One row per open session (docs/produit.md#comptes-et-securite): the JWT only carries its id, the
 * row is the authority. lib/core/auth/sessions/store.ts is the only code that writes it.
 */
export const userSessions = pgTable(
  "user_sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Moved forward at most once a minute (lib/core/auth/sessions/store.ts, TOUCH_EVERY_MS). */
    lastUsedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The absolute end: 12 h, or 30 days with « Se souvenir de moi ». */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    remember: boolean().notNull().default(false),
    /** The browser and system in plain French (« Chrome sur Windows »), never the raw user agent. */
    device: text().notNull(),
    /** Set when the session passed its second factor (lib/core/auth/second-factor). */
    secondFactorAt: timestamp({ withTimezone: true }),
    revokedAt: timestamp({ withTimezone: true }),
    /** Opened through ProConnect or Pro Santé Connect: its ID token, the id_token_hint of the provider's logout (lib/core/auth/oidc). */
    identityProvider: identityProvider(),
    idToken: text(),
  },
  (t) => [index("user_sessions_user_idx").on(t.userId)],
);

export type UserSession = typeof userSessions.$inferSelect;
