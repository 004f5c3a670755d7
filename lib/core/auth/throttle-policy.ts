import { DAY_MS, HOUR_MS, MINUTE_MS } from "@/lib/core/dates/durations";
import type { LimitRule } from "@/lib/core/limits/limiter";

/**
 * Login throttling (docs/produit.md#limites, CNIL délibération 2022-100): because passwords have no
 * forced character classes, guessing must be slowed. Every attempt is counted before the password
 * is checked (a right password gives its count back), per typed email (whether or not the account
 * exists, so throttling reveals nothing), per email and address together, and per address.
 *
 * Someone else's failures must not keep the owner out (issue 14, finding 3). So the delays that grow
 * (2 s, 4 s… 15 min) belong to one email *from one address*: an attacker's own address slows down,
 * not the account. Across addresses, the account only ever asks for the first delay after its last
 * failure (2 s once it has had 5 in the hour): the owner arriving from a new address during an
 * attack spread over many addresses waits that long at most, while such an attack is held to one
 * guess every 2 s. From an address where this account logged in successfully in the last 30 days,
 * not even that: only the failures from that address itself count. Each address is also capped at
 * 300 failures an hour, whatever the accounts.
 */
export const ACCOUNT_FREE_FAILURES = 5;
export const ADDRESS_MAX_FAILURES_PER_HOUR = 300;
export const FIRST_DELAY_MS = 2000;
const MAX_DELAY_MS = 15 * MINUTE_MS;
/** How long an address where the account logged in stays « known » to it. */
export const KNOWN_ADDRESS_MS = 30 * DAY_MS;

/** After 5 failures, 2 s, 4 s, 8 s… up to 15 min after the last one (failures oldest first). */
export function growingDelayMs(failures: readonly Date[], now: Date): number {
  const excess = failures.length - ACCOUNT_FREE_FAILURES;
  if (excess < 0) return 0;
  return Math.max(0, failures[failures.length - 1]!.getTime() + Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** excess) - now.getTime());
}

/** Waits until the oldest of the last `max` failures is an hour old. */
function hourlyCapMs(max: number, failures: readonly Date[], now: Date): number {
  return failures.length < max ? 0 : Math.max(0, failures[failures.length - max]!.getTime() + HOUR_MS - now.getTime());
}

/** The whole account, every address together: after 5 failures, the first delay after the last one, never more. */
export const accountDelayMs = (failures: readonly Date[], now: Date) =>
  failures.length < ACCOUNT_FREE_FAILURES ? 0 : Math.max(0, failures[failures.length - 1]!.getTime() + FIRST_DELAY_MS - now.getTime());
export const addressDelayMs = (failures: readonly Date[], now: Date) => hourlyCapMs(ADDRESS_MAX_FAILURES_PER_HOUR, failures, now);

export const loginBuckets = {
  account: (email: string) => `login:account:${email}`,
  /** Every pair bucket of an account starts with this (cleared by a successful login). */
  pairPrefix: (email: string) => `login:pair:${email}|`,
  pair: (email: string, address: string) => `login:pair:${email}|${address}`,
  address: (address: string) => `login:address:${address}`,
  known: (email: string, address: string) => `login:known:${email}|${address}`,
  knownPrefix: (email: string) => `login:known:${email}|`,
};

/** The rules one login attempt passes; `knownAddress`: the account logged in from there lately. */
export function loginRules(email: string, address: string, knownAddress: boolean): LimitRule[] {
  return [
    { bucket: loginBuckets.account(email), windowMs: HOUR_MS, wait: knownAddress ? () => 0 : accountDelayMs },
    { bucket: loginBuckets.pair(email, address), windowMs: HOUR_MS, wait: growingDelayMs },
    { bucket: loginBuckets.address(address), windowMs: HOUR_MS, wait: addressDelayMs },
  ];
}

/** « 3 minutes », « 40 secondes »: for the message shown to a throttled user. */
export function formatWait(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  if (seconds < 60) return `${seconds} seconde${seconds > 1 ? "s" : ""}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes > 1 ? "s" : ""}`;
}
