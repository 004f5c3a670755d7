import "server-only";
import { and, eq, gt } from "drizzle-orm";
import { db } from "@/db/client";
import { loginFailures } from "@/db/schema";
import { retryDelayMs } from "./throttle-policy";
import { HOUR_MS } from "@/lib/core/dates/durations";

/** How long this email / address pair must still wait before a login attempt is examined. */
export async function loginRetryDelay(email: string, ip: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - HOUR_MS);
  const [byAccount, byAddress] = await Promise.all([
    db
      .select({ at: loginFailures.occurredAt })
      .from(loginFailures)
      .where(and(eq(loginFailures.email, email), gt(loginFailures.occurredAt, since)))
      .orderBy(loginFailures.occurredAt),
    db
      .select({ at: loginFailures.occurredAt })
      .from(loginFailures)
      .where(and(eq(loginFailures.ip, ip), gt(loginFailures.occurredAt, since)))
      .orderBy(loginFailures.occurredAt),
  ]);
  return retryDelayMs(
    byAccount.map((r) => r.at),
    byAddress.map((r) => r.at),
    now,
  );
}

export async function recordLoginFailure(email: string, ip: string, now: Date): Promise<void> {
  await db.insert(loginFailures).values({ email, ip, occurredAt: now });
}

/** A successful login or a password reset clears the account's count (throttling never blocks a reset). */
export async function clearLoginFailures(email: string): Promise<void> {
  await db.delete(loginFailures).where(eq(loginFailures.email, email));
}
