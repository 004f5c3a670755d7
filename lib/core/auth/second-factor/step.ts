import type { UserKind } from "@/db/schema";

/**
 * What a session that typed the right password must still do (docs/produit.md#double-authentification):
 * answer its second factor (« verify ») or, for a regional admin who has none yet, enrol an app
 * first (« enrol »: it cannot be skipped). Null: nothing, the session is whole.
 */
export type SecondFactorStep = "verify" | "enrol";

export function secondFactorStep(account: { kind: UserKind; hasSecondFactor: boolean }, passedAt: Date | null): SecondFactorStep | null {
  if (passedAt) return null;
  if (account.hasSecondFactor) return "verify";
  return account.kind === "REGIONAL_ADMIN" ? "enrol" : null;
}

/** The page of each step. */
export const SECOND_FACTOR_PAGES: Record<SecondFactorStep, string> = {
  verify: "/connexion/verification",
  enrol: "/connexion/double-authentification",
};
