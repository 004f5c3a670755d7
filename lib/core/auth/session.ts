import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { institutions, structures, users, userSessions, type UserSession } from "@/db/schema";
import { auth } from "./auth";
import { hasSecondFactorSql } from "./second-factor/has-second-factor-sql";
import { secondFactorStep, type SecondFactorStep } from "./second-factor/step";
import { secondFactorStepExpired, sessionState } from "./sessions/policy";
import { touchSession } from "./sessions/store";
import { toSessionUser, type SessionUser } from "./session-user";

export { toSessionUser, type SessionUser };

/** A session whose password was right but whose second factor is still to answer, or (a regional admin without one) to enrol. */
export type PendingSession = { user: SessionUser; session: UserSession; step: SecondFactorStep };

/**
 * Why there is no user: no cookie, a cookie whose session ended (« expired » is said on the login
 * page), or a session still at its second-factor step (`pending`: only that step's page and actions read it).
 */
export type SessionCheck =
  | { user: SessionUser; session: UserSession }
  | { user: null; session: null; ended: "none" | "expired" | "revoked" }
  | { user: null; session: null; ended: "second-factor"; pending: PendingSession };

/**
 * The one session check of pages, routes and actions (docs/architecture.md#sessions), once per
 * request thanks to `cache`: the token only names a row of user_sessions, and that row decides. A
 * missing, revoked or expired row (absolute end, or 30 min idle for a regional admin), a frozen
 * account or a frozen structure ends the session at once, whatever the token says. A session of an
 * account that must answer a second factor and has not (user_sessions.second_factor_at) is no
 * session for anything but the second-factor step, and only for 15 minutes (docs/produit.md#double-authentification).
 */
export const checkSession = cache(async (): Promise<SessionCheck> => {
  const token = await auth();
  const id = token?.user?.id;
  const sessionId = token?.sessionId;
  if (!id || !sessionId) return { user: null, session: null, ended: "none" };
  const [row] = await db
    .select({
      user: users,
      session: userSessions,
      structureRegion: structures.regionCode,
      institutionRegion: institutions.regionCode,
      structureFrozenAt: structures.frozenAt,
      hasSecondFactor: hasSecondFactorSql(users.id),
    })
    .from(userSessions)
    .innerJoin(users, eq(users.id, userSessions.userId))
    .leftJoin(structures, eq(structures.id, users.structureId))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(and(eq(userSessions.id, sessionId), eq(userSessions.userId, id)))
    .limit(1);
  if (!row) return { user: null, session: null, ended: "revoked" };
  const now = new Date();
  const state = sessionState(row.session, row.user.kind, now);
  if (state !== "live") return { user: null, session: null, ended: state };
  if (row.user.frozenAt || row.structureFrozenAt) return { user: null, session: null, ended: "revoked" };
  await touchSession(row.session, now);
  const user = toSessionUser(row.user, row.structureRegion ?? row.institutionRegion, sessionId);
  const step = secondFactorStep({ kind: row.user.kind, hasSecondFactor: row.hasSecondFactor }, row.session.secondFactorAt);
  if (step && secondFactorStepExpired(row.session, now)) return { user: null, session: null, ended: "expired" };
  if (step) return { user: null, session: null, ended: "second-factor", pending: { user, session: row.session, step } };
  return { user, session: row.session };
});

/**
 * The session, also while its second factor is still to answer (step: what is left; null: nothing).
 * Only the second-factor pages and their actions read it.
 */
export async function getSessionInAnyStep(): Promise<{ user: SessionUser; step: SecondFactorStep | null } | null> {
  const check = await checkSession();
  if (check.user) return { user: check.user, step: null };
  return check.ended === "second-factor" ? { user: check.pending.user, step: check.pending.step } : null;
}

/** The logged-in user, or null: what every page guard and the action door go through. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await checkSession()).user;
}
