import "server-only";
import { eq, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { clientAddress } from "@/lib/core/http/client-address";
import { authenticate, type AuthenticationResult } from "../authenticate";
import { describeDevice } from "./device";
import { sessionPolicy } from "./policy";
import { createSession } from "./store";

export type LoginResult = Exclude<AuthenticationResult, { ok: true }> | { ok: true; userId: string; sessionId: string; remember: boolean };

/**
 * The password step of a login (Auth.js's authorize, lib/core/auth/auth.ts): checks the credentials,
 * then opens the session's row, from which the token takes its id. « Se souvenir de moi » is ignored
 * for a regional admin (lib/core/auth/sessions/policy.ts).
 */
export async function loginWithPassword(credentials: unknown, headers: Headers, now: Date = new Date()): Promise<LoginResult> {
  const result = await authenticate(credentials, clientAddress(headers), now);
  if (!result.ok) return result;
  const { id, kind, remember } = result.user;
  const session = await createSession({ userId: id, kind, remember, device: describeDevice(headers.get("user-agent")) }, now);
  return { ok: true, userId: id, sessionId: session.id, remember: session.remember };
}

/** Whether a login with this email may keep its cookie for 30 days (never a regional admin's). */
export async function mayRemember(email: string): Promise<boolean> {
  const [user] = await db
    .select({ kind: users.kind })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email.trim().toLowerCase()))
    .limit(1);
  return user ? sessionPolicy(user.kind, true).remember : false;
}
