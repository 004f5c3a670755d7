import "server-only";
import { and, desc, eq, gt, inArray, isNull, lt, lte, ne, or, type SQLWrapper } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { userSessions, type IdentityProvider, type UserKind, type UserSession } from "@/db/schema";
import { sessionPolicy, sessionState, TOUCH_EVERY_MS } from "./policy";

/**
 * The server side of every session (docs/architecture.md#sessions): Auth.js's JWT only carries the
 * row's id; lib/core/auth/session.ts refuses a session whose row is missing, revoked or expired.
 */

/** Opens the row of a new login; `remember` is ignored where the policy forbids it (regional admins). */
export async function createSession(
  input: { userId: string; kind: UserKind; remember: boolean; device: string; identityProvider?: IdentityProvider; idToken?: string },
  now: Date = new Date(),
  tx: DbOrTx = db,
): Promise<UserSession> {
  const policy = sessionPolicy(input.kind, input.remember);
  const [row] = await tx
    .insert(userSessions)
    .values({
      userId: input.userId,
      remember: policy.remember,
      device: input.device.slice(0, 120),
      identityProvider: input.identityProvider ?? null,
      idToken: input.idToken ?? null,
      createdAt: now,
      lastUsedAt: now,
      expiresAt: new Date(now.getTime() + policy.lifetimeSeconds * 1000),
    })
    .returning();
  return row!;
}

/** The row of a session id, whatever its state (the caller decides with sessionState). */
export async function findSession(id: string, userId: string): Promise<UserSession | null> {
  const [row] = await db
    .select()
    .from(userSessions)
    .where(and(eq(userSessions.id, id), eq(userSessions.userId, userId)))
    .limit(1);
  return row ?? null;
}

/** Moves « dernière utilisation » forward, at most once a minute; parallel requests write it once. */
export async function touchSession(session: Pick<UserSession, "id" | "lastUsedAt">, now: Date = new Date()): Promise<void> {
  const threshold = new Date(now.getTime() - TOUCH_EVERY_MS);
  if (session.lastUsedAt.getTime() > threshold.getTime()) return;
  await db
    .update(userSessions)
    .set({ lastUsedAt: now })
    .where(and(eq(userSessions.id, session.id), lte(userSessions.lastUsedAt, threshold)));
}

/** « Se déconnecter », or ending one session from « Mon profil »: only the owner's own sessions. */
export async function revokeSession(id: string, userId: string, now: Date = new Date(), tx: DbOrTx = db): Promise<boolean> {
  const ended = await tx
    .update(userSessions)
    .set({ revokedAt: now })
    .where(and(eq(userSessions.id, id), eq(userSessions.userId, userId), isNull(userSessions.revokedAt)))
    .returning({ id: userSessions.id });
  return ended.length > 0;
}

/**
 * Ends every session of a person at once (freeze, email changed by the ARS, permissions changed,
 * « Se déconnecter de tous les appareils »), or every other one (`except`: their own password change).
 */
export async function revokeUserSessions(tx: DbOrTx, userId: string, now: Date, options: { except?: string } = {}): Promise<number> {
  const ended = await tx
    .update(userSessions)
    .set({ revokedAt: now })
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), options.except ? ne(userSessions.id, options.except) : undefined))
    .returning({ id: userSessions.id });
  return ended.length;
}

/** Ends every session of a set of people at once (a structure or an institution frozen): `userIds` is a subquery of user ids. */
export async function revokeSessionsOfUsers(tx: DbOrTx, userIds: SQLWrapper, now: Date): Promise<void> {
  await tx
    .update(userSessions)
    .set({ revokedAt: now })
    .where(and(inArray(userSessions.userId, userIds), isNull(userSessions.revokedAt)));
}

/**
 * The person's sessions still open at `now`, most recently used first (« Mon profil »). With `kind`,
 * a regional admin's idle sessions are left out too.
 */
export async function listOpenSessions(userId: string, now: Date = new Date(), kind?: UserKind): Promise<UserSession[]> {
  const open = await db
    .select()
    .from(userSessions)
    .where(and(eq(userSessions.userId, userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, now)))
    .orderBy(desc(userSessions.lastUsedAt));
  return kind ? open.filter((session) => sessionState(session, kind, now) === "live") : open;
}

/** Rows of sessions that ended more than a day ago serve no one (the scheduled task, docs/produit.md#tache-planifiee). */
export async function pruneEndedSessions(now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60 * 1000);
  const pruned = await db
    .delete(userSessions)
    .where(or(lt(userSessions.revokedAt, cutoff), lt(userSessions.expiresAt, cutoff)))
    .returning({ id: userSessions.id });
  return pruned.length;
}

/** The session passed its second factor (set by lib/core/auth/second-factor). */
export async function recordSecondFactor(id: string, now: Date = new Date(), tx: DbOrTx = db): Promise<void> {
  await tx.update(userSessions).set({ secondFactorAt: now }).where(eq(userSessions.id, id));
}
