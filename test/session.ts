import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { dumpDatabase } from "./database-dump";
import { one } from "./rows";

/**
 * The one way integration tests fake a session: the mocked `auth()` (test/setup-mocks.ts, for every
 * file) answers the session set here, and the actions run through the real door
 * (lib/core/actions/define-action.ts → getCurrentUser, which checks the session version and the
 * frozen flags against the database). actAs(user.id) logs in, setSession(null) logs out.
 */
export type FakeSession = { user: { id: string }; sessionVersion: number; expires: string };

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
  signOut: async () => undefined,
};

/** Acts as `userId` with the session version the database holds now (a freshly opened session). */
export async function actAs(userId: string): Promise<FakeSession> {
  const user = one(await db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, userId)), `user ${userId}`);
  state.current = { user: { id: userId }, sessionVersion: user.sessionVersion, expires: new Date(Date.now() + 3_600_000).toISOString() };
  return state.current;
}

/** An anonymous visitor, or a session kept from before (a stale session version). */
export function setSession(session: FakeSession | null): void {
  state.current = session;
}

/** Every row of the database, sorted: equal before and after means nothing changed. */
export async function databaseState(): Promise<string[]> {
  return (await dumpDatabase()).map((entry) => `${entry.table}:${entry.row}`).sort();
}
