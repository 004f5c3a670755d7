import "server-only";
import { and, count, eq, gt } from "drizzle-orm";
import { db } from "@/db/client";
import { supportRequests } from "@/db/schema";
import { createAddressLimit } from "@/lib/core/limits/address-limit";
import { HOUR_MS } from "@/lib/core/dates/durations";

/**
 * The « Formulaire d'assistance » is public, takes 30 MB of attachments and sends emails: without a
 * limit, one script could fill the database and the admins' mailboxes. Two simple caps, on the real
 * clock (a security clock, never SSES_NOW):
 * - per email address, counted in the database (true on every instance): 5 requests an hour;
 * - per client address, counted in this process's memory (lib/core/limits/address-limit): 10 an hour.
 *   In memory because support_requests has no address column; with N instances it becomes N × 10.
 */
export const SUPPORT_LIMITS = { perEmailPerHour: 5, perAddressPerHour: 10 } as const;
export const THROTTLED_MESSAGE =
  "Vous avez envoyé plusieurs demandes en peu de temps : merci de patienter une heure avant d'en envoyer une nouvelle. Les administrateurs ont bien reçu les précédentes.";

const addressLimit = createAddressLimit(SUPPORT_LIMITS.perAddressPerHour);

/** Whether one more request from this email and address would pass the limits. */
export async function isSupportRequestAllowed(email: string, address: string, now: Date): Promise<boolean> {
  if (!addressLimit.allows(address, now)) return false;
  const [{ sent }] = await db
    .select({ sent: count() })
    .from(supportRequests)
    .where(and(eq(supportRequests.email, email), gt(supportRequests.createdAt, new Date(now.getTime() - HOUR_MS))));
  return sent < SUPPORT_LIMITS.perEmailPerHour;
}

/** Counted once stored: a request refused for its content does not count. */
export function recordSupportRequest(address: string, now: Date): void {
  addressLimit.record(address, now);
}
