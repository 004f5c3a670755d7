import type { UserKind } from "@/db/schema";

/** Without « Se souvenir de moi » a session lasts a working day; with it, 30 days. */
export const SHORT_SESSION_SECONDS = 12 * 60 * 60;
export const REMEMBERED_SESSION_SECONDS = 30 * 24 * 60 * 60;
/** Regional admins see every structure of their région: their session ends after 30 minutes without a request. */
export const ADMIN_IDLE_SECONDS = 30 * 60;
/** A session whose password was right but whose second factor is still to answer ends this long after it opened. */
export const SECOND_FACTOR_STEP_SECONDS = 15 * 60;
/** « Dernière utilisation » moves at most this often: one write a minute per session, not one per request. */
export const TOUCH_EVERY_MS = 60_000;

export type SessionPolicy = { remember: boolean; lifetimeSeconds: number; idleSeconds: number | null };

/** What a new session of this kind of account gets (docs/produit.md#comptes-et-securite): no 30-day session for a regional admin. */
export function sessionPolicy(kind: UserKind, rememberAsked: boolean): SessionPolicy {
  if (kind === "REGIONAL_ADMIN") return { remember: false, lifetimeSeconds: SHORT_SESSION_SECONDS, idleSeconds: ADMIN_IDLE_SECONDS };
  return { remember: rememberAsked, lifetimeSeconds: rememberAsked ? REMEMBERED_SESSION_SECONDS : SHORT_SESSION_SECONDS, idleSeconds: null };
}

export type SessionState = "live" | "expired" | "revoked";

/** Whether a stored session still opens the door at `now`. */
export function sessionState(session: { expiresAt: Date; lastUsedAt: Date; revokedAt: Date | null }, kind: UserKind, now: Date): SessionState {
  if (session.revokedAt) return "revoked";
  if (session.expiresAt.getTime() <= now.getTime()) return "expired";
  const { idleSeconds } = sessionPolicy(kind, false);
  if (idleSeconds !== null && now.getTime() - session.lastUsedAt.getTime() > idleSeconds * 1000) return "expired";
  return "live";
}

/** Whether a session still at its second-factor step has waited too long: the person logs in again. */
export function secondFactorStepExpired(session: { createdAt: Date }, now: Date): boolean {
  return now.getTime() - session.createdAt.getTime() > SECOND_FACTOR_STEP_SECONDS * 1000;
}
