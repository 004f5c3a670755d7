import { forbidden, redirect } from "next/navigation";
import { can, type Capability } from "./permissions";
import { getCurrentUser, type SessionUser } from "./session";

/**
 * The page guard: every page of /espace and /admin starts with it. Anonymous → /connexion; a user who
 * must replace a temporary password → that form first; a missing capability → 403 page.
 */
export async function requireUser(capability?: Capability): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/connexion");
  if (user.mustChangePassword) redirect("/nouveau-mot-de-passe");
  if (capability && !can(user, capability)) forbidden();
  return user;
}

/** For scoped queries: the structure of an offerer user (guaranteed by the users_kind_scope_check constraint). */
export function structureIdOf(user: SessionUser): string {
  if (!user.structureId) forbidden();
  return user.structureId;
}

export function regionOf(user: SessionUser): string {
  if (!user.regionCode) forbidden();
  return user.regionCode;
}
