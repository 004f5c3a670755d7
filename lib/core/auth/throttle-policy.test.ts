import { describe, expect, it } from "vitest";
import { accountDelayMs, addressDelayMs, FIRST_DELAY_MS, formatWait, growingDelayMs, loginRules } from "./throttle-policy";
import { nth } from "@/lib/core/rows";

const now = new Date("2026-05-01T10:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const failures = (count: number, spacingSeconds: number) => Array.from({ length: count }, (_, i) => ago((count - i) * spacingSeconds));

describe("login delays", () => {
  it("let the first five failures through without delay", () => {
    expect(growingDelayMs(failures(4, 1), now)).toBe(0);
  });

  it("grow after five failures", () => {
    const five = growingDelayMs(failures(5, 0.001), now);
    const six = growingDelayMs(failures(6, 0.001), now);
    expect(five).toBeGreaterThan(1000);
    expect(six).toBeGreaterThan(five);
  });

  it("are forgotten once passed", () => {
    expect(growingDelayMs(failures(6, 60), now)).toBe(0);
  });

  it("never keep an account, across addresses, waiting longer than the first delay after its last failure (issue 14, finding 3)", () => {
    expect(accountDelayMs(failures(4, 0.001), now)).toBe(0);
    expect(accountDelayMs(failures(5, 0.001), now)).toBe(FIRST_DELAY_MS - 1);
    expect(accountDelayMs(failures(1000, 0.001), now)).toBe(FIRST_DELAY_MS - 1);
    expect(accountDelayMs(failures(1000, 3), now)).toBe(0);
    // …while one address repeating its failures on the account keeps growing.
    expect(growingDelayMs(failures(20, 0.001), now)).toBeGreaterThan(10 * 60_000);
  });

  it("limit one address trying many accounts", () => {
    expect(addressDelayMs(failures(300, 10), now)).toBeGreaterThan(0);
    expect(addressDelayMs(failures(299, 10), now)).toBe(0);
  });

  it("drop the account-wide rules from an address known to the account", () => {
    const account = nth(loginRules("a@b.fr", "10.0.0.1", true), 0);
    expect(account.wait(failures(100, 1), now)).toBe(0);
    expect(nth(loginRules("a@b.fr", "10.0.0.1", false), 0).wait(failures(100, 1), now)).toBeGreaterThan(0);
  });
});

describe("formatWait", () => {
  it("speaks French", () => {
    expect(formatWait(1000)).toBe("1 seconde");
    expect(formatWait(40_000)).toBe("40 secondes");
    expect(formatWait(125_000)).toBe("3 minutes");
  });
});
