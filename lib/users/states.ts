/**
 * Account states (docs/produit.md#comptes-et-securite): « Actif », « Inactif » (no login for more than 15 months, computed),
 * « Gelé » (frozen by an admin: cannot log in). Client-safe.
 */
export type UserState = "ACTIVE" | "INACTIVE" | "FROZEN";

export const USER_STATES: readonly UserState[] = ["ACTIVE", "INACTIVE", "FROZEN"];

export const USER_STATE_LABELS: Record<UserState, string> = { ACTIVE: "Actif", INACTIVE: "Inactif", FROZEN: "Gelé" };

/** The URL values of the « État » filter. */
export const USER_STATE_SLUGS: Record<UserState, string> = { ACTIVE: "actif", INACTIVE: "inactif", FROZEN: "gele" };

/** « Inactif »: no login (or, never logged in, no login since the creation) for more than this. */
export const INACTIVITY_MONTHS = 15;

export function stateFromSlug(slug: string | undefined): UserState | undefined {
  return USER_STATES.find((state) => USER_STATE_SLUGS[state] === slug);
}
