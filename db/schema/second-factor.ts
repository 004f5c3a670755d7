import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { bytea } from "./types";
import { users } from "./users";

/**
 * The authenticator app of an account (docs/produit.md#double-authentification), one at most. The row
 * exists from the start of an enrolment; `confirmedAt` is set once a first code proved the app holds
 * the secret. `lastTimeStep` is the 30-second step of the last accepted code: a code of that step or
 * an earlier one is refused (a code is good once).
 */
export const userTotp = pgTable("user_totp", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  /** Base32, as the app receives it. */
  secret: text().notNull(),
  confirmedAt: timestamp({ withTimezone: true }),
  lastTimeStep: bigint({ mode: "number" }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** Ten single-use recovery codes per enrolment, stored as argon2id hashes; a used one keeps its row (the count of those left). */
export const recoveryCodes = pgTable(
  "recovery_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    codeHash: text().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

/** Passkeys (WebAuthn credentials): a second factor, and a login without password. */
export const passkeys = pgTable(
  "passkeys",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    /** The credential id, base64url, as the browser sends it back. */
    credentialId: text().notNull(),
    publicKey: bytea().notNull(),
    counter: bigint({ mode: "number" }).notNull().default(0),
    transports: text().array(),
    /** « Clé ajoutée le … sur Chrome » : what « Mon profil » lists. */
    name: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [uniqueIndex("passkeys_credential_key").on(t.credentialId), index("passkeys_user_idx").on(t.userId)],
);

/**
 * A WebAuthn challenge handed to one browser (its id in an httpOnly cookie), taken once: a
 * signed answer cannot be replayed against a challenge the server did not issue or already used.
 */
export const webauthnChallenges = pgTable("webauthn_challenges", {
  id: uuid().primaryKey().defaultRandom(),
  challenge: text().notNull(),
  /** Registration and second factor: the user it was issued to; password-less login: none. */
  userId: uuid().references(() => users.id, { onDelete: "cascade" }),
  expiresAt: timestamp({ withTimezone: true }).notNull(),
});

export type UserTotp = typeof userTotp.$inferSelect;
export type Passkey = typeof passkeys.$inferSelect;
