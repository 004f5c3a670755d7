/**
 * The version of the CGU (app/cgu) in force (docs/produit.md#comptes-et-securite). Every acceptance records it with its date
 * (users.terms_version, users.terms_accepted_at): at activation, and at the first login of a user
 * created with a temporary password. Client-safe.
 */
export const CURRENT_TERMS_VERSION = 1;

export function mustAcceptTerms(termsVersion: number | null): boolean {
  return termsVersion !== CURRENT_TERMS_VERSION;
}
