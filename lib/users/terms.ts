/**
 * The version of the CGU (app/cgu) in force (docs/produit.md#comptes-et-securite). Every acceptance records it with its date
 * (users.terms_version, users.terms_accepted_at): at activation, at the first login of a user
 * created with a temporary password, and on « Nouvelles conditions d'utilisation » (/cgu/accepter),
 * which every page sends a user to whose accepted version is not this one. Raise it when the CGU
 * change: everyone accepts them again at their next visit. Client-safe.
 */
export const CURRENT_TERMS_VERSION = 1;

export function mustAcceptTerms(termsVersion: number | null): boolean {
  return termsVersion !== CURRENT_TERMS_VERSION;
}
