"use server";

import { eq, sql } from "drizzle-orm";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/db/client";
import { users, type IdentityProvider } from "@/db/schema";
import { zodFieldErrors, formDataToObject } from "@/lib/core/actions/define-action";
import type { ActionResult } from "@/lib/core/actions/result";
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE } from "@/lib/core/availability/database-unavailable";
import { clientAddress } from "@/lib/core/http/client-address";
import { safeReturnPath } from "@/lib/core/http/return-path";
import { auth, frozenSigninOf, openSession, signOut } from "./auth";
import { frozenAccountMessage } from "./frozen-message";
import { homeFor } from "./permissions";
import { keepProviderLogout, PROVIDER_LOGOUT_PATH, providerLogoutUrl } from "./oidc/logout";
import { SECOND_FACTOR_PAGES, secondFactorStep } from "./second-factor/step";
import { hasSecondFactor } from "./second-factor/totp-service";
import { findSession, revokeSession } from "./sessions/store";
import { INVALID_CREDENTIALS, loginSchema } from "./schemas";
import { loginRetryDelay } from "./throttle";
import { formatWait } from "./throttle-policy";

export type LoginState = ActionResult<null> & { values?: { email: string; remember: boolean } };

/** « Connexion »: works with and without JavaScript (useActionState over a plain form). */
export async function loginAction(_previous: LoginState | null, formData: FormData): Promise<LoginState> {
  const raw = formDataToObject(formData);
  const values = { email: typeof raw.email === "string" ? raw.email.slice(0, 254) : "", remember: raw.remember === "on" };
  const parsed = loginSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, fieldErrors: zodFieldErrors(parsed.error), values };

  try {
    await openSession({ email: parsed.data.email, password: parsed.data.password, remember: parsed.data.remember });
  } catch (error) {
    if (error instanceof AuthError && (error as { code?: string }).code === "throttled") {
      const wait = await loginRetryDelay(parsed.data.email, clientAddress(await headers()), new Date());
      return {
        ok: false,
        code: "THROTTLED",
        message: `Trop de tentatives de connexion. Réessayez dans ${formatWait(Math.max(wait, 1000))}, ou choisissez « Mot de passe oublié ? ».`,
        values,
      };
    }
    // Auth.js wraps authorize()'s own failure: a lost database is not a wrong password.
    if (isDatabaseUnavailable(error)) return { ok: false, code: "UNAVAILABLE", message: SERVICE_UNAVAILABLE, values };
    const frozen = error instanceof AuthError ? frozenSigninOf(error) : null;
    if (frozen) return { ok: false, code: "FORBIDDEN", message: await frozenAccountMessage(frozen.scope, frozen.regionCode), values };
    if (error instanceof AuthError) return { ok: false, code: "INVALID_CREDENTIALS", message: INVALID_CREDENTIALS, values };
    throw error;
  }

  redirect(await afterPassword(parsed.data.email, safeReturnPath(raw.retour)));
}

/**
 * « Se déconnecter »: the session's row is revoked before the cookie goes, so that a copy of the cookie
 * dies with it; a session opened through ProConnect or Pro Santé Connect also ends at the provider
 * (RP-initiated logout), which sends the browser back to the home page.
 */
export async function logoutAction(): Promise<void> {
  const session = await auth();
  let providerLogout: { provider: IdentityProvider; idToken: string; url: string } | null = null;
  if (session?.sessionId && session.user?.id) {
    const row = await findSession(session.sessionId, session.user.id);
    await revokeSession(session.sessionId, session.user.id);
    const url = row?.identityProvider && row.idToken ? await providerLogoutUrl(row.identityProvider, row.idToken) : null;
    if (url && row?.identityProvider && row.idToken) providerLogout = { provider: row.identityProvider, idToken: row.idToken, url };
  }
  if (!providerLogout) {
    await signOut({ redirectTo: "/" });
    return;
  }
  await signOut({ redirect: false });
  // Called from script (Next's `Next-Action` header), the browser follows a redirect to the provider itself; a plain form
  // post may only be redirected to this site under `form-action 'self'`: /deconnexion then sends it on.
  if ((await headers()).has("next-action")) redirect(providerLogout.url);
  await keepProviderLogout(providerLogout.provider, providerLogout.idToken);
  redirect(PROVIDER_LOGOUT_PATH);
}

// signIn() has only just set the cookie: the current request does not carry the session yet.
// A second factor to answer or to enrol comes first (docs/produit.md#double-authentification), the return path kept for after it.
async function afterPassword(email: string, returnPath: string | null): Promise<string> {
  const [user] = await db
    .select({ id: users.id, kind: users.kind, permissions: users.permissions })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  if (!user) return "/";
  const step = secondFactorStep({ kind: user.kind, hasSecondFactor: await hasSecondFactor(user.id) }, null);
  if (step) return returnPath ? `${SECOND_FACTOR_PAGES[step]}?retour=${encodeURIComponent(returnPath)}` : SECOND_FACTOR_PAGES[step];
  return returnPath ?? homeFor(user);
}
