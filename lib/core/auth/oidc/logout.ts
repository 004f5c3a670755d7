import "server-only";
import { cookies } from "next/headers";
import type { IdentityProvider } from "@/db/schema";
import { env } from "@/lib/core/env";
import { logger } from "@/lib/core/log/logger";
import { endSessionUrl } from "./client";
import { providerSettings } from "./providers";

/** Where « Se déconnecter » sends a session opened through a provider: its end_session_endpoint, or null (none, or unreachable). */
export async function providerLogoutUrl(provider: IdentityProvider, idToken: string): Promise<string | null> {
  const settings = providerSettings(provider);
  if (!settings) return null;
  try {
    return (await endSessionUrl(settings, idToken))?.toString() ?? null;
  } catch (error) {
    logger().warn({ provider, err: error instanceof Error ? error.message : String(error) }, "oidc logout unavailable");
    return null;
  }
}

/**
 * Without JavaScript, « Se déconnecter » is a form, and the CSP's `form-action 'self'` also stops its
 * answer from redirecting to the provider. So the form's answer goes to /deconnexion (same origin),
 * which sends the browser on by itself; this one-minute httpOnly cookie tells that page which provider
 * session to end (never a URL from the query: no open redirect).
 */
export const PROVIDER_LOGOUT_PATH = "/deconnexion";
const LOGOUT_COOKIE = "sses-oidc-logout";

export async function keepProviderLogout(provider: IdentityProvider, idToken: string): Promise<void> {
  (await cookies()).set(LOGOUT_COOKIE, JSON.stringify({ provider, idToken }), {
    httpOnly: true,
    sameSite: "lax",
    secure: env().APP_URL.startsWith("https:"),
    path: PROVIDER_LOGOUT_PATH,
    maxAge: 60,
  });
}

/** The provider session « Se déconnecter » left to end, with its provider's name and logout URL, or null. */
export async function pendingProviderLogout(): Promise<{ provider: IdentityProvider; url: string } | null> {
  try {
    const value = (await cookies()).get(LOGOUT_COOKIE)?.value;
    const pending = value ? (JSON.parse(value) as { provider?: unknown; idToken?: unknown }) : null;
    if (!pending || typeof pending.idToken !== "string" || !providerSettings(pending.provider as IdentityProvider)) return null;
    const provider = pending.provider as IdentityProvider;
    const url = await providerLogoutUrl(provider, pending.idToken);
    return url ? { provider, url } : null;
  } catch {
    return null;
  }
}
