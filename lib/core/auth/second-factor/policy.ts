import { HOUR_MS } from "@/lib/core/dates/durations";
import { atMost, type LimitRule } from "@/lib/core/limits/limiter";
import { growingDelayMs } from "../throttle-policy";

/**
 * Wrong second-factor codes (docs/produit.md#limites): counted per account before the check, given
 * back when right; after 5, 2 s, 4 s, 8 s… and at most 20 an hour. Six digits cannot be guessed
 * under that (20 tries an hour against a million codes).
 */
export const MAX_WRONG_CODES_PER_HOUR = 20;

export const secondFactorRules = (userId: string): LimitRule[] => [
  {
    bucket: `second-factor:${userId}`,
    windowMs: HOUR_MS,
    wait: (events, now) => Math.max(growingDelayMs(events, now), atMost(MAX_WRONG_CODES_PER_HOUR, HOUR_MS)(events, now)),
  },
];

export const WRONG_CODE_MESSAGE = "Ce code n'est pas le bon. Saisissez le code à 6 chiffres que votre application affiche maintenant, ou un code de secours.";
export const REUSED_CODE_MESSAGE = "Ce code a déjà servi. Attendez le suivant dans votre application : il change toutes les 30 secondes.";
export const USED_RECOVERY_CODE_MESSAGE = "Ce code de secours a déjà servi : chacun ne sert qu'une fois. Utilisez-en un autre.";
export const ENROLMENT_WRONG_CODE_MESSAGE =
  "Ce code n'est pas le bon. Vérifiez que l'application a bien enregistré le compte « Service sanitaire », puis saisissez le code à 6 chiffres qu'elle affiche maintenant.";
