import { describe, expect, it } from "vitest";
import { formatWait, retryDelayMs } from "./throttle-policy";

const now = new Date("2026-05-01T10:00:00Z");
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000);
const failures = (count: number, spacingSeconds: number) => Array.from({ length: count }, (_, i) => ago((count - i) * spacingSeconds));

describe("retryDelayMs", () => {
  it("lets the first five failures through without delay", () => {
    expect(retryDelayMs(failures(4, 1), [], now)).toBe(0);
  });

  it("grows the delay after five failures", () => {
    const five = retryDelayMs(failures(5, 0.001), [], now);
    const six = retryDelayMs(failures(6, 0.001), [], now);
    expect(five).toBeGreaterThan(1000);
    expect(six).toBeGreaterThan(five);
  });

  it("forgets the delay once it has passed", () => {
    expect(retryDelayMs(failures(6, 60), [], now)).toBe(0);
  });

  it("stops at 100 failures an hour on one account, even spread out", () => {
    expect(retryDelayMs(failures(100, 35), [], now)).toBeGreaterThan(0);
    expect(retryDelayMs(failures(99, 36).slice(0, 5), [], now)).toBe(0);
  });

  it("limits one address trying many accounts", () => {
    expect(retryDelayMs([], failures(300, 10), now)).toBeGreaterThan(0);
    expect(retryDelayMs([], failures(299, 10), now)).toBe(0);
  });

  it("ignores failures older than an hour", () => {
    expect(retryDelayMs(failures(100, 3600), [], now)).toBe(0);
  });
});

describe("formatWait", () => {
  it("speaks French", () => {
    expect(formatWait(1000)).toBe("1 seconde");
    expect(formatWait(40_000)).toBe("40 secondes");
    expect(formatWait(125_000)).toBe("3 minutes");
  });
});
