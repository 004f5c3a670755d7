import { afterEach, describe, expect, it, vi } from "vitest";
import { now, today } from "./clock";

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("now", () => {
  it("returns the real time when SSES_NOW is not set", () => {
    vi.stubEnv("SSES_NOW", "");
    const before = Date.now();
    const value = now().getTime();
    expect(value).toBeGreaterThanOrEqual(before);
    expect(value).toBeLessThanOrEqual(Date.now());
  });

  it("returns the frozen instant of SSES_NOW, re-read on each call", () => {
    vi.stubEnv("SSES_NOW", "2026-06-30T23:30:00Z");
    expect(now().toISOString()).toBe("2026-06-30T23:30:00.000Z");
    expect(today()).toBe("2026-07-01");
    vi.stubEnv("SSES_NOW", "2026-03-29T10:00:00+02:00");
    expect(now().toISOString()).toBe("2026-03-29T08:00:00.000Z");
    expect(today()).toBe("2026-03-29");
  });

  it("returns a fresh Date each time, so callers cannot mutate the frozen value", () => {
    vi.stubEnv("SSES_NOW", "2026-01-01T00:00:00Z");
    now().setFullYear(1999);
    expect(now().getUTCFullYear()).toBe(2026);
  });

  it("fails loudly on an unparsable value", () => {
    vi.stubEnv("SSES_NOW", "demain");
    expect(() => now()).toThrow(/SSES_NOW/);
  });
});
