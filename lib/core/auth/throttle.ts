import "server-only";
import { db, type DbOrTx } from "@/db/client";
import { clearBuckets, clearBucketsStartingWith, consume, hasEvent, recordEvent, release, waitFor, type Consumed } from "@/lib/core/limits/limiter";
import { KNOWN_ADDRESS_MS, loginBuckets, loginRules } from "./throttle-policy";

const knownAddress = (email: string, address: string, now: Date) => hasEvent(loginBuckets.known(email, address), KNOWN_ADDRESS_MS, now);

/**
 * Takes one login attempt from the limiter before the password is checked (docs/produit.md#limites):
 * counted as a failure at once, so that parallel attempts cannot all be checked. A right password
 * gives it back (loginSucceeded).
 */
export async function takeLoginAttempt(email: string, address: string, now: Date): Promise<Consumed> {
  return consume(loginRules(email, address, await knownAddress(email, address, now)), now);
}

/** How long this email / address pair must still wait (for the message; decides nothing). */
export async function loginRetryDelay(email: string, address: string, now: Date): Promise<number> {
  return waitFor(loginRules(email, address, await knownAddress(email, address, now)), now);
}

/** The attempt was right: it does not count, the account's failures are forgotten and this address becomes known to it. */
export async function loginSucceeded(email: string, address: string, attempt: number[], now: Date): Promise<void> {
  await release(attempt);
  await clearLoginFailures(email);
  await recordEvent(loginBuckets.known(email, address), KNOWN_ADDRESS_MS, now);
}

/** A successful login or a password reset clears the account's count (throttling never blocks a reset). */
export async function clearLoginFailures(email: string, tx: DbOrTx = db): Promise<void> {
  await clearBuckets([loginBuckets.account(email)], tx);
  await clearBucketsStartingWith(loginBuckets.pairPrefix(email), tx);
}

/** A deleted account: its email leaves the counters too, with the addresses it logged in from. */
export async function forgetLoginHistory(email: string, tx: DbOrTx): Promise<void> {
  await clearLoginFailures(email, tx);
  await clearBucketsStartingWith(loginBuckets.knownPrefix(email), tx);
}
