import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { institutions, structures, users, type UserKind } from "@/db/schema";
import { decoyHash, verifyPassword } from "./password-hash";
import { loginSchema } from "./schemas";
import { loginSucceeded, takeLoginAttempt } from "./throttle";

export type AuthenticatedUser = { id: string; kind: UserKind; remember: boolean };

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryInMs: number }
  /** The right password on a frozen account (or frozen structure): only then may the page say so. */
  | { ok: false; reason: "frozen"; scope: FrozenScope; regionCode: string | null };

export type FrozenScope = "account" | "structure";

/**
 * Checks a login attempt (docs/produit.md#comptes-et-securite). An unknown email and a wrong password answer alike and cost the
 * same time; failures are counted per typed email and per address. A frozen account is told so only
 * when the password is right: whoever can read that sentence already holds the password, so it
 * reveals nothing to someone who does not (the attempt still counts as a failure, so the sentence
 * cannot serve as an unthrottled password oracle).
 * `now` is injectable so that throttling can be tested without waiting.
 */
export async function authenticate(input: unknown, ip: string, now: Date = new Date()): Promise<AuthenticationResult> {
  const parsed = loginSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, password, remember } = parsed.data;

  // Counted before the check, as a failure until the password proves right: parallel attempts cannot outrun the count.
  const attempt = await takeLoginAttempt(email, ip, now);
  if (!attempt.ok) return { ok: false, reason: "throttled", retryInMs: attempt.retryInMs };

  const [account] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      kind: users.kind,
      frozenAt: users.frozenAt,
      structureFrozenAt: structures.frozenAt,
      regionCode: sql<string | null>`coalesce(${users.regionCode}, ${structures.regionCode}, ${institutions.regionCode})`,
    })
    .from(users)
    .leftJoin(structures, eq(structures.id, users.structureId))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);

  const passwordMatches = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
  if (!account?.passwordHash || !passwordMatches) return { ok: false, reason: "invalid" };
  if (account.frozenAt || account.structureFrozenAt) {
    return { ok: false, reason: "frozen", scope: account.frozenAt ? "account" : "structure", regionCode: account.regionCode };
  }

  await loginSucceeded(email, ip, attempt.eventIds, now);
  await db.update(users).set({ lastLoginAt: now, inactiveSince: null }).where(eq(users.id, account.id));
  return { ok: true, user: { id: account.id, kind: account.kind, remember } };
}
