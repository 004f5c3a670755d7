import { parisToday } from "./paris";

/**
 * The platform's idea of "now" for date-driven rules: offer visibility and states,
 * publication dates « pas avant aujourd'hui », reminders, inactivity.
 *
 * Test hook: when the `SSES_NOW` environment variable holds an ISO instant
 * (e.g. `2026-06-30T23:30:00Z`), `now()` returns that frozen instant, so integration
 * and end-to-end tests can cross a publication date without waiting. It is read on
 * each call rather than through the cached `env()` so that a test can change it
 * with `vi.stubEnv`. Never set it in production. Security clocks (session expiry,
 * token validity, login throttling) must keep using the real time, not this.
 *
 * An unparsable value throws instead of falling back to the real time: a test that
 * silently ran on today's date would pass or fail depending on the day it runs.
 */
export function now(): Date {
  const frozen = typeof process === "undefined" ? undefined : process.env.SSES_NOW;
  if (!frozen) return new Date();
  const instant = new Date(frozen);
  if (Number.isNaN(instant.getTime())) {
    throw new Error(`SSES_NOW n'est pas un instant ISO valide : « ${frozen} »`);
  }
  return instant;
}

/** Today's Paris calendar day (`YYYY-MM-DD`) according to `now()`. */
export function today(): string {
  return parisToday(now());
}
