import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { institutions, structures, users, userSessions, type UserSession } from "@/db/schema";
import { auth } from "./auth";
import { sessionState } from "./sessions/policy";
import { touchSession } from "./sessions/store";
import { toSessionUser, type SessionUser } from "./session-user";

export { toSessionUser, type SessionUser };

/** Why there is no user: no cookie, or a cookie whose session ended (« expired » is said on the login page). */
export type SessionCheck = { user: SessionUser; session: UserSession } | { user: null; session: null; ended: "none" | "expired" | "revoked" };

/**
 * The one session check of pages, routes and actions (docs/architecture.md#sessions), once per
 * request thanks to `cache`: the token only names a row of user_sessions, and that row decides. A
 * missing, revoked or expired row (absolute end, or 30 min idle for a regional admin), a frozen
 * account or a frozen structure ends the session at once, whatever the token says.
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
  return { user: toSessionUser(row.user, row.structureRegion ?? row.institutionRegion, sessionId), session: row.session };
});

/** The logged-in user, or null: what every page guard and the action door go through. */
export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await checkSession()).user;
}
