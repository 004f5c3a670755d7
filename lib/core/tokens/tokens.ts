import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { userTokens, type TokenPurpose } from "@/db/schema";
import { HOUR_MS } from "@/lib/core/dates/durations";

/** Activation links live 72 h (docs/produit.md#inscription-dun-offreur); reset links 2 h, our choice (docs/produit.md#comptes-et-securite). */
export const ACTIVATION_TTL_HOURS = 72;
export const PASSWORD_RESET_TTL_HOURS = 2;

/**
 * 32 random bytes, base64url: 256 bits, so guessing is hopeless and a plain SHA-256 (no salt, no
 * slow hash) is enough to keep a database leak from giving working links.
 */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

// Anything else in a URL segment is not one of ours: refused before touching the database.
export function looksLikeToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/**
 * Issues a single-use token for `userId` and returns it in clear, to be put in a link and never
 * stored: only its SHA-256 reaches `user_tokens`. Runs in the caller's transaction, beside the
 * outbox row that carries the link. `now` is injectable for tests; security clocks use real time.
 */
export async function issueToken(tx: DbOrTx, userId: string, purpose: TokenPurpose, ttlHours: number, now: Date = new Date()): Promise<string> {
  const token = newToken();
  await tx.insert(userTokens).values({
    userId,
    purpose,
    tokenHash: hashToken(token),
    expiresAt: new Date(now.getTime() + ttlHours * HOUR_MS),
    createdAt: now,
  });
  return token;
}

export type ValidToken = { id: string; userId: string; expiresAt: Date };

/** The token's row if it is unused and unexpired, without using it (to render the form). */
export async function findValidToken(tx: DbOrTx, token: string, purpose: TokenPurpose, now: Date = new Date()): Promise<ValidToken | null> {
  if (!looksLikeToken(token)) return null;
  const [row] = await tx
    .select({ id: userTokens.id, userId: userTokens.userId, expiresAt: userTokens.expiresAt })
    .from(userTokens)
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)))
    .limit(1);
  return row ?? null;
}

/**
 * Uses the token: one UPDATE that only matches an unused, unexpired row, so two concurrent uses
 * cannot both succeed. Returns the user's id, or null for an unknown, used or expired token.
 */
export async function consumeToken(tx: DbOrTx, token: string, purpose: TokenPurpose, now: Date = new Date()): Promise<{ userId: string } | null> {
  if (!looksLikeToken(token)) return null;
  const [row] = await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.tokenHash, hashToken(token)), eq(userTokens.purpose, purpose), isNull(userTokens.usedAt), gt(userTokens.expiresAt, now)))
    .returning({ userId: userTokens.userId });
  return row ?? null;
}

/** Once a password is set, the user's other outstanding links of that purpose must stop working. */
export async function revokeTokens(tx: DbOrTx, userId: string, now: Date = new Date()): Promise<void> {
  await tx
    .update(userTokens)
    .set({ usedAt: now })
    .where(and(eq(userTokens.userId, userId), isNull(userTokens.usedAt)));
}
