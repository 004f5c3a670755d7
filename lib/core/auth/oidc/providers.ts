import type { IdentityProvider } from "@/db/schema";
import { env } from "@/lib/core/env";

/**
 * The two single sign-on services (docs/produit.md#identites-externes), as each one's documentation
 * for service providers describes it: the scopes asked, the claims read, how the token endpoint
 * authenticates us, and what says that the email is the person's and that a second factor was used.
 * Everything else is plain OpenID Connect (lib/core/auth/oidc/client.ts).
 */
export type Claims = Record<string, unknown>;

export type ProviderSpec = {
  id: IdentityProvider;
  /** In URLs: /api/oidc/<slug>/connexion. */
  slug: string;
  name: string;
  scope: string;
  tokenEndpointAuth: "client_secret_post" | "client_secret_basic";
  /** The email, if the provider vouches for it (linking by emailed link needs one). */
  verifiedEmail: (claims: Claims) => string | null;
  givenName: (claims: Claims) => string | null;
  familyName: (claims: Claims) => string | null;
  /** Whether the sign-on used a second factor (acr/amr): counts as a regional admin's second factor. */
  usedSecondFactor: (claims: Claims) => boolean;
};

const text = (value: unknown) => (typeof value === "string" && value.trim() ? value.trim() : null);
const email = (value: unknown) => text(value)?.toLowerCase() ?? null;

/** ProConnect's levels that include a second factor (its acr values), besides amr « mfa » (RFC 8176). */
const PROCONNECT_MFA_ACR = new Set([
  "eidas2",
  "eidas3",
  "https://proconnect.gouv.fr/assurance/self-asserted-2fa",
  "https://proconnect.gouv.fr/assurance/consistency-checked-2fa",
]);

export const PROVIDERS: readonly ProviderSpec[] = [
  {
    id: "PROCONNECT",
    slug: "proconnect",
    name: "ProConnect",
    // ProConnect's documented scopes: the professional email, names, its own identifier and the SIRET.
    scope: "openid email given_name usual_name uid siret",
    tokenEndpointAuth: "client_secret_post",
    // Every ProConnect identity provider checks the professional email: the service guarantees it.
    verifiedEmail: (claims) => email(claims.email),
    givenName: (claims) => text(claims.given_name),
    familyName: (claims) => text(claims.usual_name),
    usedSecondFactor: (claims) =>
      (Array.isArray(claims.amr) && claims.amr.includes("mfa")) || (typeof claims.acr === "string" && PROCONNECT_MFA_ACR.has(claims.acr)),
  },
  {
    id: "PRO_SANTE_CONNECT",
    slug: "pro-sante-connect",
    name: "Pro Santé Connect",
    // Pro Santé Connect gives the whole sectoral identity (SubjectNameID: the RPPS or ADELI number) under one scope.
    scope: "openid scope_all",
    tokenEndpointAuth: "client_secret_basic",
    // The directory's email is not checked by the service: only an explicit email_verified is trusted.
    verifiedEmail: (claims) => (claims.email_verified === true ? email(claims.email) : null),
    givenName: (claims) => text(claims.given_name),
    familyName: (claims) => text(claims.family_name),
    usedSecondFactor: () => false,
  },
];

export type ProviderSettings = { spec: ProviderSpec; issuer: string; clientId: string; clientSecret: string };

/** The provider's settings when its issuer, client id and secret are all set, else null (no button). */
export function providerSettings(id: IdentityProvider): ProviderSettings | null {
  const spec = PROVIDERS.find((provider) => provider.id === id);
  const values = env();
  const [issuer, clientId, clientSecret] =
    id === "PROCONNECT"
      ? [values.PROCONNECT_ISSUER, values.PROCONNECT_CLIENT_ID, values.PROCONNECT_CLIENT_SECRET]
      : [values.PRO_SANTE_CONNECT_ISSUER, values.PRO_SANTE_CONNECT_CLIENT_ID, values.PRO_SANTE_CONNECT_CLIENT_SECRET];
  return spec && issuer && clientId && clientSecret ? { spec, issuer, clientId, clientSecret } : null;
}

export function providerBySlug(slug: string): ProviderSettings | null {
  const spec = PROVIDERS.find((provider) => provider.slug === slug);
  return spec ? providerSettings(spec.id) : null;
}

/** The services whose buttons /connexion shows. */
export function configuredProviders(): ProviderSpec[] {
  return PROVIDERS.filter((provider) => providerSettings(provider.id) !== null);
}

export function providerName(id: IdentityProvider): string {
  return PROVIDERS.find((provider) => provider.id === id)?.name ?? id;
}
