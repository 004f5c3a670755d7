import { and, count, eq, gt } from "drizzle-orm";
import { db } from "@/db/client";
import { supportRequests } from "@/db/schema";

/**
 * The « Formulaire d'assistance » is public, takes 30 MB of attachments and sends emails: without a
 * limit, one script could fill the database and the admins' mailboxes. Two simple caps, on the real
 * clock (a security clock, never SSES_NOW):
 * - per email address, counted in the database (true on every instance): 5 requests an hour;
 * - per client address, counted in this process's memory: 10 requests an hour. Kept in memory
 *   because support_requests has no address column; with N instances the bound becomes N × 10.
 */
export const SUPPORT_LIMITS = { perEmailPerHour: 5, perAddressPerHour: 10 } as const;
export const THROTTLED_MESSAGE =
  "Vous avez envoyé plusieurs demandes en peu de temps : merci de patienter une heure avant d'en envoyer une nouvelle. Les administrateurs ont bien reçu les précédentes.";

const HOUR_MS = 60 * 60_000;
const recentByAddress = new Map<string, number[]>();

function recentAt(address: string, nowMs: number): number[] {
  const kept = (recentByAddress.get(address) ?? []).filter((at) => at > nowMs - HOUR_MS);
  if (kept.length > 0) recentByAddress.set(address, kept);
  else recentByAddress.delete(address);
  return kept;
}

/** Whether one more request from this email and address would pass the limits. */
export async function isSupportRequestAllowed(email: string, address: string, nowDate: Date): Promise<boolean> {
  if (recentAt(address, nowDate.getTime()).length >= SUPPORT_LIMITS.perAddressPerHour) return false;
  const [{ sent }] = await db
    .select({ sent: count() })
    .from(supportRequests)
    .where(and(eq(supportRequests.email, email), gt(supportRequests.createdAt, new Date(nowDate.getTime() - HOUR_MS))));
  return sent < SUPPORT_LIMITS.perEmailPerHour;
}

export function recordSupportRequest(address: string, nowDate: Date): void {
  // Bounded memory whatever the number of addresses: forget those with nothing in the last hour.
  if (recentByAddress.size > 10_000) for (const key of [...recentByAddress.keys()]) recentAt(key, nowDate.getTime());
  recentByAddress.set(address, [...recentAt(address, nowDate.getTime()), nowDate.getTime()]);
}
