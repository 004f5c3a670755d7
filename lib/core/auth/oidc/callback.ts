import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { logger } from "@/lib/core/log/logger";
import { openIdentitySessionCookie } from "../auth";
import { homeFor } from "../permissions";
import { SECOND_FACTOR_PAGES, secondFactorStep } from "../second-factor/step";
import { hasSecondFactor } from "../second-factor/totp-service";
import { callbackUrl, finishSignIn, startSignIn } from "./client";
import { keepFlow, keepPendingLink, takeFlow } from "./cookies";
import { resolveSignOn } from "./identities";
import { completeProfileLink } from "./profile-link";
import { providerBySlug } from "./providers";
import { openIdentitySession, sessionTicket } from "./session";

/**
 * The two ends of a sign-on through ProConnect or Pro Santé Connect (app/api/oidc/[provider]): each
 * returns the path the browser goes to next. Any failure of the provider's answer (state, nonce,
 * signature, issuer, audience, expiry) ends on /connexion with one message, never a 500.
 */
export async function beginSignOn(slug: string): Promise<string | null> {
  const settings = providerBySlug(slug);
  if (!settings) return null;
  try {
    const { url, flow } = await startSignIn(settings);
    await keepFlow(flow);
    return url.toString();
  } catch (error) {
    logger().warn({ provider: settings.spec.id, err: error instanceof Error ? error.message : String(error) }, "oidc discovery failed");
    return `/connexion?sso=indisponible&fournisseur=${slug}`;
  }
}

export async function completeSignOn(slug: string, currentUrl: URL, headers: Headers): Promise<string | null> {
  const settings = providerBySlug(slug);
  if (!settings) return null;
  const failed = `/connexion?sso=echec&fournisseur=${slug}`;
  const flow = await takeFlow();
  if (!flow || flow.provider !== settings.spec.id) return failed;
  if (flow.link) return completeProfileLink(settings, currentUrl, { ...flow, link: flow.link });

  let signedIn;
  try {
    // The redirect_uri sent to the token endpoint is the public one, whatever host the request came through.
    const publicUrl = new URL(callbackUrl(settings));
    publicUrl.search = currentUrl.search;
    signedIn = await finishSignIn(settings, publicUrl, flow);
  } catch (error) {
    logger().warn({ provider: settings.spec.id, err: error instanceof Error ? error.message : String(error) }, "oidc sign-on refused");
    return failed;
  }

  const { spec } = settings;
  const outcome = await resolveSignOn({
    provider: spec,
    subject: signedIn.subject,
    email: spec.verifiedEmail(signedIn.claims),
    firstName: spec.givenName(signedIn.claims),
  });
  switch (outcome.kind) {
    case "account": {
      const session = await openIdentitySession(outcome, spec, signedIn, headers);
      await openIdentitySessionCookie(sessionTicket(session.sessionId));
      const [user] = await db.select({ kind: users.kind, permissions: users.permissions }).from(users).where(eq(users.id, outcome.userId)).limit(1);
      if (!user) return "/";
      // The platform's second factor still comes first when the provider did not stand for it (docs/produit.md#double-authentification).
      const step = secondFactorStep({ kind: user.kind, hasSecondFactor: await hasSecondFactor(outcome.userId) }, session.secondFactorAt);
      return step ? SECOND_FACTOR_PAGES[step] : homeFor(user);
    }
    case "frozen":
      return `/connexion?sso=gele&fournisseur=${slug}&portee=${outcome.scope}&region=${outcome.regionCode ?? ""}`;
    case "link-sent":
      await keepPendingLink({ requestId: outcome.requestId, email: outcome.email, provider: spec.id });
      return `/connexion/identite?resultat=lien-envoye&fournisseur=${slug}`;
    case "link-throttled":
      return `/connexion/identite?resultat=trop-de-liens&fournisseur=${slug}`;
    case "no-account":
      return `/connexion/identite?resultat=aucun-compte&fournisseur=${slug}`;
  }
}
