import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { describeDevice } from "../sessions/device";
import { createSession, recordSecondFactor } from "../sessions/store";
import { institutions, passkeys, structures, users, type Permission, type UserKind } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { verifyPasskey } from "./passkeys";

export type PasskeyLoginResult =
  | { ok: true; userId: string; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "frozen"; scope: "account" | "structure"; regionCode: string | null };

/**
 * « Se connecter avec une clé d'accès » (Auth.js's authorize of the « passkey » provider): the key's
 * answer, checked against a challenge this browser was given, names the account; a frozen one is
 * refused as at the password step. The session opens whole: the key, which verified the person
 * (code or fingerprint), stands for both factors: its row in user_sessions is marked as such at once.
 */
export async function loginWithPasskey(credentials: Partial<Record<string, unknown>>, headers: Headers, now: Date = new Date()): Promise<PasskeyLoginResult> {
  const { challengeId, response } = credentials;
  if (typeof challengeId !== "string" || typeof response !== "string") return { ok: false, reason: "invalid" };
  let userId: string;
  try {
    userId = await verifyPasskey(challengeId, response, null, now);
  } catch (error) {
    if (error instanceof AppError) return { ok: false, reason: "invalid" };
    throw error;
  }
  const [account] = await db
    .select({
      kind: users.kind,
      frozenAt: users.frozenAt,
      deletedAt: users.deletedAt,
      structureFrozenAt: structures.frozenAt,
      regionCode: users.regionCode,
      structureRegion: structures.regionCode,
      institutionRegion: institutions.regionCode,
    })
    .from(users)
    .leftJoin(structures, eq(structures.id, users.structureId))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(eq(users.id, userId));
  if (!account || account.deletedAt) return { ok: false, reason: "invalid" };
  if (account.frozenAt || account.structureFrozenAt) {
    const regionCode = account.regionCode ?? account.structureRegion ?? account.institutionRegion;
    return { ok: false, reason: "frozen", scope: account.frozenAt ? "account" : "structure", regionCode };
  }
  const session = await db.transaction(async (tx) => {
    await tx.update(users).set({ lastLoginAt: now, inactiveSince: null }).where(eq(users.id, userId));
    const opened = await createSession({ userId, kind: account.kind, remember: false, device: describeDevice(headers.get("user-agent")) }, now, tx);
    await recordSecondFactor(opened.id, now, tx);
    return opened;
  });
  return { ok: true, userId, sessionId: session.id };
}

/** The account of the key that just answered (the login page then opens its home). */
export async function passkeyOwner(responseJson: string): Promise<{ kind: UserKind; permissions: Permission[] } | null> {
  let credentialId: unknown;
  try {
    credentialId = (JSON.parse(responseJson) as { id?: unknown }).id;
  } catch {
    return null;
  }
  if (typeof credentialId !== "string") return null;
  const [owner] = await db
    .select({ kind: users.kind, permissions: users.permissions })
    .from(passkeys)
    .innerJoin(users, eq(users.id, passkeys.userId))
    .where(eq(passkeys.credentialId, credentialId));
  return owner ?? null;
}
