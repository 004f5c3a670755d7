import "server-only";
import { forbidden, redirect } from "next/navigation";
import { plainText } from "@/lib/core/http/plain-text";
import { can, type Capability } from "./permissions";
import { SECOND_FACTOR_PAGES } from "./second-factor/step";
import { checkSession, getCurrentUser, type SessionUser } from "./session";

/** Where a page sends a session that ended by itself (time limit, 30 min idle for an admin): the login page says so. */
export const EXPIRED_LOGIN_PATH = "/connexion?session=expiree";

/**
 * The page guard: every page of /espace and /admin starts with it. Anonymous, or a session ended →
 * /connexion (saying « session expirée » when it timed out); a session whose second factor is still
 * to answer (or to enrol) → that step's page; a user who must replace a temporary
 * password → that form first; one who has not accepted the CGU in force → /cgu/accepter, which
 * cannot be skipped; a missing capability → 403 page.
 */
export async function requireUser(capability?: Capability): Promise<SessionUser> {
  const check = await checkSession();
  const user = check.user;
  if (!check.user && check.ended === "second-factor") redirect(SECOND_FACTOR_PAGES[check.pending.step]);
  if (!user) redirect(check.ended === "expired" ? EXPIRED_LOGIN_PATH : "/connexion");
  if (user.mustChangePassword) redirect("/nouveau-mot-de-passe");
  if (user.mustAcceptTerms) redirect("/cgu/accepter");
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

type RouteScope = "structure" | "region";
type RouteAccess = { denied: Response; user?: never; scopeId?: never } | { denied?: never; user: SessionUser; scopeId: string };

/**
 * The guard of route handlers (downloads, exports: the proxy only redirects), with requireUser's
 * rules answered in HTTP: 401 without a session, while a temporary password is still to be
 * replaced or the CGU in force accepted, 403 without every capability or outside a structure (offerers) / région (admins).
 * `scopeId` is the structure or région every query of the route is then scoped to.
 */
export async function authorizeRoute(
  capabilities: Capability[],
  scope: RouteScope,
  messages: { login?: string; forbidden?: string } = {},
): Promise<RouteAccess> {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword || user.mustAcceptTerms)
    return { denied: plainText(messages.login ?? "Connectez-vous pour accéder à ce document.", 401) };
  const scopeId = scope === "structure" ? user.structureId : user.regionCode;
  if (!scopeId || !capabilities.every((capability) => can(user, capability))) return { denied: plainText(messages.forbidden ?? "Accès refusé", 403) };
  return { user, scopeId };
}
