import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { structures, users } from "@/db/schema";
import { decoyHash, verifyPassword } from "./password-hash";
import { loginSchema } from "./schemas";
import { clearLoginFailures, loginRetryDelay, recordLoginFailure } from "./throttle";

export type AuthenticatedUser = { id: string; sessionVersion: number; remember: boolean };

export type AuthenticationResult =
  { ok: true; user: AuthenticatedUser } | { ok: false; reason: "invalid" } | { ok: false; reason: "throttled"; retryInMs: number };

/**
 * Checks a login attempt (docs/produit.md#comptes-et-securite). An unknown email, a wrong password and a frozen account answer
 * alike and cost the same time; failures are counted per typed email and per address.
 * `now` is injectable so that throttling can be tested without waiting.
 */
export async function authenticate(input: unknown, ip: string, now: Date = new Date()): Promise<AuthenticationResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password, remember } = parsed.data;

  const retryInMs = await loginRetryDelay(email, ip, now);
  if (retryInMs > 0) return { ok: false, reason: "throttled", retryInMs };

  const [account] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      sessionVersion: users.sessionVersion,
      frozenAt: users.frozenAt,
      structureFrozenAt: structures.frozenAt,
    })
    .from(users)
    .leftJoin(structures, eq(structures.id, users.structureId))
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);

  const passwordMatches = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
  const allowed = account?.passwordHash && passwordMatches && !account.frozenAt && !account.structureFrozenAt;
  if (!account || !allowed) {
    await recordLoginFailure(email, ip, now);
    return { ok: false, reason: "invalid" };
  }

  await clearLoginFailures(email);
  await db.update(users).set({ lastLoginAt: now, inactiveSince: null }).where(eq(users.id, account.id));
  return { ok: true, user: { id: account.id, sessionVersion: account.sessionVersion, remember } };
}
