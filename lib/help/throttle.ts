import { HOUR_MS } from "@/lib/core/dates/durations";
import { atMost, type LimitRule } from "@/lib/core/limits/limiter";

/**
 * The « Formulaire d'assistance » is public, takes 30 MB of attachments and sends emails: without a
 * limit, one script could fill the database and the admins' mailboxes. Two caps, counted by the
 * limiter (lib/core/limits/limiter.ts) in the transaction that stores the request, so that parallel
 * requests cannot pass together and a refused one does not count: 5 an hour per email address,
 * 10 an hour per client address.
 */
export const SUPPORT_LIMITS = { perEmailPerHour: 5, perAddressPerHour: 10 } as const;
export const THROTTLED_MESSAGE =
  "Vous avez envoyé plusieurs demandes en peu de temps : merci de patienter une heure avant d'en envoyer une nouvelle. Les administrateurs ont bien reçu les précédentes.";

export function supportRules(email: string, address: string): LimitRule[] {
  return [
    { bucket: `support:email:${email.trim().toLowerCase()}`, windowMs: HOUR_MS, wait: atMost(SUPPORT_LIMITS.perEmailPerHour, HOUR_MS) },
    { bucket: `support:address:${address}`, windowMs: HOUR_MS, wait: atMost(SUPPORT_LIMITS.perAddressPerHour, HOUR_MS) },
  ];
}
