import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { and, eq, gt, isNull } from "drizzle-orm";
import { db } from "@/db/client";
import { userSessions, type UserKind } from "@/db/schema";
import { env } from "@/lib/core/env";
import { describeDevice } from "../sessions/device";
import { createSession, recordSecondFactor } from "../sessions/store";
import type { SignedIn } from "./client";
import type { ProviderSpec } from "./providers";

/**
 * A sign-on through ProConnect or Pro Santé Connect opens the same server-side session as a password
 * (lib/core/auth/sessions, docs/architecture.md#sessions), marked with its provider and ID token for
 * the provider's logout. Never « Se souvenir de moi »: the provider's session decides the next time.
 */
export async function openIdentitySession(
  account: { userId: string; userKind: UserKind },
  provider: ProviderSpec,
  signedIn: SignedIn,
  headers: Headers,
  now: Date = new Date(),
): Promise<{ sessionId: string; secondFactorAt: Date | null }> {
  const session = await createSession(
    {
      userId: account.userId,
      kind: account.userKind,
      remember: false,
      device: describeDevice(headers.get("user-agent")),
      identityProvider: provider.id,
      idToken: signedIn.idToken,
    },
    now,
  );
  // A regional admin's second factor may come from the provider (acr/amr), never from anything else it says.
  if (account.userKind === "REGIONAL_ADMIN" && provider.usedSecondFactor(signedIn.claims)) {
    await recordSecondFactor(session.id, now);
    return { sessionId: session.id, secondFactorAt: now };
  }
  return { sessionId: session.id, secondFactorAt: null };
}

/**
 * Auth.js only hands its cookie out through a provider's `authorize` (lib/core/auth/auth.ts): the
 * callback route gives it this ticket, an HMAC of the new session's id under AUTH_SECRET valid one
 * minute, so that no one can post a session id of their own to Auth.js's endpoint.
 */
const TICKET_SECONDS = 60;

function sign(payload: string): string {
  const secret = env().AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET manquant");
  return createHmac("sha256", secret).update(`oidc-ticket:${payload}`).digest("base64url");
}

export function sessionTicket(sessionId: string, now: Date = new Date()): string {
  const payload = `${sessionId}.${Math.floor(now.getTime() / 1000)}`;
  return `${payload}.${sign(payload)}`;
}

/** The session a ticket names, if the ticket is ours, fresh, and its session still open. */
export async function redeemTicket(ticket: unknown, now: Date = new Date()): Promise<{ userId: string; sessionId: string } | null> {
  if (typeof ticket !== "string") return null;
  const match = /^([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(ticket);
  if (!match) return null;
  const [, sessionId, issuedAt, mac] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(`${sessionId}.${issuedAt}`));
  if (expected.length !== mac.length || !timingSafeEqual(expected, Buffer.from(mac))) return null;
  const age = now.getTime() / 1000 - Number(issuedAt);
  if (age < -5 || age > TICKET_SECONDS) return null;
  const [row] = await db
    .select({ userId: userSessions.userId })
    .from(userSessions)
    .where(and(eq(userSessions.id, sessionId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, now)))
    .limit(1);
  return row ? { userId: row.userId, sessionId } : null;
}
