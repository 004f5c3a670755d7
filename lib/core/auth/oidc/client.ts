import "server-only";
import * as oidc from "openid-client";
import type { IdentityProvider } from "@/db/schema";
import { appUrl } from "@/lib/core/env";
import { decryptionKey } from "./decryption-key";
import type { Claims, ProviderSettings } from "./providers";

/**
 * OpenID Connect with openid-client (docs/decisions/0008-openid-client.md): authorization code flow
 * with PKCE, `state` and `nonce`; the ID token's signature, `iss`, `aud`, `exp` and `nonce` checked,
 * and the userinfo answer, a signed JWT at both services, verified with the provider's keys (JWKS),
 * after its decryption when the service encrypts it to the platform's key (decryption-key.ts).
 */

/**
 * What the browser carries between the redirect to the provider and its return (an httpOnly cookie).
 * `link`: started from « Mon profil » to link the identity to the logged-in account, bound to that session.
 */
export type Flow = { provider: IdentityProvider; state: string; nonce: string; verifier: string; link?: FlowLink };
export type FlowLink = { userId: string; sessionId: string };

export type SignedIn = { subject: string; claims: Claims; idToken: string };

const configurations = new Map<IdentityProvider, Promise<oidc.Configuration>>();

/** The provider's discovery document, fetched once per process (again after a failure). */
function configurationOf({ spec, issuer, clientId, clientSecret }: ProviderSettings): Promise<oidc.Configuration> {
  let configuration = configurations.get(spec.id);
  if (!configuration) {
    const auth = spec.tokenEndpointAuth === "client_secret_post" ? oidc.ClientSecretPost(clientSecret) : oidc.ClientSecretBasic(clientSecret);
    const url = new URL(issuer);
    // Plain HTTP only for a provider on this machine (the e2e suite's); the real services are HTTPS.
    const local = url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
    configuration = oidc
      .discovery(url, clientId, { userinfo_signed_response_alg: "RS256", id_token_signed_response_alg: "RS256" }, auth, {
        execute: local ? [oidc.allowInsecureRequests] : [],
        timeout: 10,
      })
      .then(async (config) => {
        // Verify the signatures of the ID token and of the userinfo JWT, not only their claims.
        oidc.enableNonRepudiationChecks(config);
        // A userinfo answer encrypted to us (JWE) is decrypted first; its inner JWT's signature is then checked as above.
        const key = await decryptionKey();
        if (key) oidc.enableDecryptingResponses(config, undefined, key);
        return config;
      });
    configuration.catch(() => configurations.delete(spec.id));
    configurations.set(spec.id, configuration);
  }
  return configuration;
}

export function callbackUrl(settings: ProviderSettings): string {
  return appUrl(`/api/oidc/${settings.spec.slug}/retour`);
}

/** Where the button sends the browser, and what the browser must bring back. */
export async function startSignIn(settings: ProviderSettings, link?: FlowLink): Promise<{ url: URL; flow: Flow }> {
  const config = await configurationOf(settings);
  const flow: Flow = {
    provider: settings.spec.id,
    state: oidc.randomState(),
    nonce: oidc.randomNonce(),
    verifier: oidc.randomPKCECodeVerifier(),
    ...(link ? { link } : {}),
  };
  const url = oidc.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(settings),
    scope: settings.spec.scope,
    state: flow.state,
    nonce: flow.nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(flow.verifier),
    code_challenge_method: "S256",
  });
  return { url, flow };
}

/** The provider's answer checked end to end (throws on any mismatch): who signed on, with the ID token's and userinfo's claims. */
export async function finishSignIn(settings: ProviderSettings, currentUrl: URL, flow: Flow): Promise<SignedIn> {
  const config = await configurationOf(settings);
  const tokens = await oidc.authorizationCodeGrant(config, currentUrl, {
    pkceCodeVerifier: flow.verifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true,
  });
  const idClaims = tokens.claims();
  if (!idClaims || !tokens.id_token) throw new Error("ID token missing");
  const userinfo = await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub);
  // The ID token's acr/amr say how the person signed on; userinfo holds the identity.
  return { subject: idClaims.sub, claims: { ...userinfo, acr: idClaims.acr, amr: idClaims.amr }, idToken: tokens.id_token };
}

/** The provider's logout (RP-initiated logout), or null when it has none. */
export async function endSessionUrl(settings: ProviderSettings, idToken: string): Promise<URL | null> {
  const config = await configurationOf(settings);
  if (!config.serverMetadata().end_session_endpoint) return null;
  return oidc.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: appUrl("/") });
}
