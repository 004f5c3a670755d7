import { HOUR_MS } from "@/lib/core/dates/durations";
import { atMost, type LimitRule } from "@/lib/core/limits/limiter";

/**
 * Sign-up requests per client address and hour. Each one stores a logo and emails the région's
 * admins; ten leaves room for a rectorat or a town hall registering several of its schools from
 * one office, and stops a script. Counted by the limiter (lib/core/limits/limiter.ts).
 */
export const SIGNUPS_PER_ADDRESS_PER_HOUR = 10;
export const SIGNUP_THROTTLED_MESSAGE =
  "Plusieurs demandes de création de compte viennent d'être envoyées depuis votre connexion : merci de patienter une heure avant d'en envoyer une nouvelle. Les demandes déjà envoyées ont bien été reçues.";

export function signupRules(address: string): LimitRule[] {
  return [{ bucket: `signup:address:${address}`, windowMs: HOUR_MS, wait: atMost(SIGNUPS_PER_ADDRESS_PER_HOUR, HOUR_MS) }];
}
