import "server-only";
import { logger } from "@/lib/core/log/logger";
import type { SessionUser } from "../session";
import { getCurrentUser } from "../session";
import { callbackUrl, finishSignIn, startSignIn, type Flow } from "./client";
import { keepFlow } from "./cookies";
import { linkToAccount } from "./identities";
import type { ProviderSettings } from "./providers";

/**
 * « Associer une identité » in « Mon profil » (docs/produit.md#identites-externes): the provider's
 * sign-on, started by the logged-in person, whose answer links the identity to their account. The
 * flow names the account and the session it was started from; the answer links only into that same
 * session, so that a link started elsewhere or after a logout links nothing. Both ends return the path
 * the browser goes to next, never a 500.
 */
export const PROFILE_PATH = "/espace/profil";
const profileResult = (result: string, slug: string) => `${PROFILE_PATH}?identite=${result}&fournisseur=${slug}#titre-identites`;

export async function beginProfileLink(settings: ProviderSettings, user: SessionUser): Promise<string> {
  if (!user.sessionId) return profileResult("echec", settings.spec.slug);
  try {
    const { url, flow } = await startSignIn(settings, { userId: user.id, sessionId: user.sessionId });
    await keepFlow(flow);
    return url.toString();
  } catch (error) {
    logger().warn({ provider: settings.spec.id, err: error instanceof Error ? error.message : String(error) }, "oidc discovery failed");
    return profileResult("indisponible", settings.spec.slug);
  }
}

export async function completeProfileLink(settings: ProviderSettings, currentUrl: URL, flow: Flow & { link: NonNullable<Flow["link"]> }): Promise<string> {
  const { spec } = settings;
  const user = await getCurrentUser();
  if (!user) return "/connexion";
  if (user.id !== flow.link.userId || user.sessionId !== flow.link.sessionId) return profileResult("echec", spec.slug);
  let signedIn;
  try {
    const publicUrl = new URL(callbackUrl(settings));
    publicUrl.search = currentUrl.search;
    signedIn = await finishSignIn(settings, publicUrl, flow);
  } catch (error) {
    logger().warn({ provider: spec.id, err: error instanceof Error ? error.message : String(error) }, "oidc link refused");
    return profileResult("echec", spec.slug);
  }
  const email = typeof signedIn.claims.email === "string" ? signedIn.claims.email.trim().toLowerCase() || null : null;
  const outcome = await linkToAccount(user.id, { provider: spec.id, subject: signedIn.subject, email });
  const words = { linked: "associee", already: "deja-associee", taken: "autre-compte", refused: "echec" } as const;
  return profileResult(words[outcome], spec.slug);
}
