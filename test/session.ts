import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { AppError } from "@/lib/core/errors";
import { users } from "@/db/schema";
import { createSession, listOpenSessions, recordSecondFactor } from "@/lib/core/auth/sessions/store";
import { dumpDatabase } from "./database-dump";
import { one } from "@/lib/core/rows";

/**
 * The one way integration tests fake a session: the mocked `auth()` (test/setup-mocks.ts, for every
 * file) answers the session set here, and the actions run through the real door
 * (lib/core/actions/define-action.ts → getCurrentUser, which checks the session's row in user_sessions
 * and the frozen flags against the database). actAs(user.id) logs in (a real row), setSession(null)
 * logs out.
 */
export type FakeSession = { user: { id: string }; sessionId: string | null; expires: string };

const state: { current: FakeSession | null } = { current: null };

/** The arguments of every `signIn()` / `openSession()` an action made (re-signing in after a password change). */
export const signInCalls: unknown[][] = [];

export const authModuleMock = {
  auth: async () => state.current,
  signIn: async (...args: unknown[]) => {
    signInCalls.push(args);
  },
  openSession: async (...args: unknown[]) => {
    signInCalls.push(args);
  },
  // The key's real check, without Auth.js's cookie (the e2e suite covers the whole login).
  openPasskeySession: async (challengeId: string, response: string) => {
    const { loginWithPasskey } = await import("@/lib/core/auth/second-factor/passkey-login");
    const { PASSKEY_REFUSED_MESSAGE } = await import("@/lib/core/auth/second-factor/passkeys");
    const result = await loginWithPasskey({ challengeId, response }, new Headers());
    if (!result.ok) throw new AppError("INVALID", PASSKEY_REFUSED_MESSAGE);
    return { kind: "OFFERER", permissions: [] };
  },
  signOut: async () => undefined,
};

/**
 * Acts as `userId` through a freshly opened session (its row in user_sessions, as a login makes it),
 * its second factor answered unless `secondFactor: "pending"` (the password step only).
 */
export async function actAs(
  userId: string,
  { remember = false, secondFactor = "passed" }: { remember?: boolean; secondFactor?: "passed" | "pending" } = {},
): Promise<FakeSession> {
  const user = one(await db.select({ kind: users.kind }).from(users).where(eq(users.id, userId)), `user ${userId}`);
  const session = await createSession({ userId, kind: user.kind, remember, device: "Chrome sur Windows" });
  if (secondFactor === "passed") await recordSecondFactor(session.id);
  state.current = { user: { id: userId }, sessionId: session.id, expires: session.expiresAt.toISOString() };
  return state.current;
}

/** An anonymous visitor, or a session kept from before (a copied cookie, replayed after its row ended). */
export function setSession(session: FakeSession | null): void {
  state.current = session;
}

/** The ids of the person's sessions still open (not revoked, not past their end), to check what an action ended. */
export async function openSessionIds(userId: string): Promise<string[]> {
  return (await listOpenSessions(userId)).map((session) => session.id).sort();
}

/** The session the test acts in (actAs), if any. */
export function currentSessionId(): string | null {
  return state.current?.sessionId ?? null;
}

/**
 * Every row of the database, sorted: equal before and after means nothing changed. Sessions are left
 * out: logging in as each caller opens one, and every request may move its « dernière utilisation ».
 */
export async function databaseState(): Promise<string[]> {
  return (await dumpDatabase())
    .filter((entry) => entry.table !== "user_sessions")
    .map((entry) => `${entry.table}:${entry.row}`)
    .sort();
}
