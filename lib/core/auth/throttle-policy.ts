import { HOUR_MS, MINUTE_MS } from "@/lib/core/dates/durations";

/**
 * Login throttling (docs/produit.md#comptes-et-securite, CNIL délibération 2022-100): because passwords have no forced character
 * classes, guessing must be slowed. Failures are counted per typed email (whether or not the account
 * exists, so throttling reveals nothing) and per client address.
 */
export const ACCOUNT_FREE_FAILURES = 5;
export const ACCOUNT_MAX_FAILURES_PER_HOUR = 100;
export const ADDRESS_MAX_FAILURES_PER_HOUR = 300;
const MAX_DELAY_MS = 15 * MINUTE_MS;

/**
 * Milliseconds the client must still wait before a new attempt is examined, given the recent
 * failures (newest last): after 5 failures, 2 s, 4 s, 8 s… up to 15 min; hard stops at the hourly caps.
 */
export function retryDelayMs(accountFailures: readonly Date[], addressFailures: readonly Date[], now: Date): number {
  const hourAgo = now.getTime() - HOUR_MS;
  const recentAccount = accountFailures.filter((d) => d.getTime() > hourAgo);
  const recentAddress = addressFailures.filter((d) => d.getTime() > hourAgo);

  const waits: number[] = [0];
  if (recentAccount.length >= ACCOUNT_MAX_FAILURES_PER_HOUR)
    waits.push(recentAccount[recentAccount.length - ACCOUNT_MAX_FAILURES_PER_HOUR].getTime() + HOUR_MS - now.getTime());
  if (recentAddress.length >= ADDRESS_MAX_FAILURES_PER_HOUR)
    waits.push(recentAddress[recentAddress.length - ADDRESS_MAX_FAILURES_PER_HOUR].getTime() + HOUR_MS - now.getTime());

  const excess = recentAccount.length - ACCOUNT_FREE_FAILURES;
  if (excess >= 0) {
    const delay = Math.min(MAX_DELAY_MS, 2000 * 2 ** excess);
    const last = recentAccount[recentAccount.length - 1].getTime();
    waits.push(last + delay - now.getTime());
  }
  return Math.max(...waits);
}

/** « 3 minutes », « 40 secondes »: for the message shown to a throttled user. */
export function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? "s" : ""}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? "s" : ""}`;
}
