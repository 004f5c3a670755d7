import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { db } from "@/db/client";
import { institutions, structures, users } from "@/db/schema";
import { auth } from "./auth";
import { toSessionUser, type SessionUser } from "./session-user";

export { toSessionUser, type SessionUser };

/**
 * The logged-in user, read from the database on every request (once per request thanks to `cache`):
 * a frozen account, a frozen structure or a changed session version (password changed, permissions
 * changed) ends the session at once, whatever the token says.
 */
export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const [row] = await db
    .select({ user: users, structureRegion: structures.regionCode, institutionRegion: institutions.regionCode, structureFrozenAt: structures.frozenAt })
    .from(users)
    .leftJoin(structures, eq(structures.id, users.structureId))
    .leftJoin(institutions, eq(institutions.id, users.institutionId))
    .where(eq(users.id, id))
    .limit(1);
  if (!row) return null;
  const { user } = row;
  if (user.sessionVersion !== session.sessionVersion || user.frozenAt || row.structureFrozenAt) return null;
  return toSessionUser(user, row.structureRegion ?? row.institutionRegion);
});
