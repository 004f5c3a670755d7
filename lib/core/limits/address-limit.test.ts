import { describe, expect, it } from "vitest";
import { createAddressLimit } from "./address-limit";

const at = (minutes: number) => new Date(Date.UTC(2026, 10, 23, 8, 0) + minutes * 60_000);

describe("createAddressLimit", () => {
  it("allows up to the limit per address within an hour, then refuses", () => {
    const limit = createAddressLimit(3);
    for (let i = 0; i < 3; i++) {
      expect(limit.allows("203.0.113.7", at(i))).toBe(true);
      limit.record("203.0.113.7", at(i));
    }
    expect(limit.allows("203.0.113.7", at(10))).toBe(false);
    expect(limit.allows("198.51.100.1", at(10))).toBe(true);
  });

  it("forgets events older than an hour", () => {
    const limit = createAddressLimit(1);
    limit.record("203.0.113.7", at(0));
    expect(limit.allows("203.0.113.7", at(59))).toBe(false);
    expect(limit.allows("203.0.113.7", at(61))).toBe(true);
  });

  it("keeps its memory bounded when many addresses come once", () => {
    const limit = createAddressLimit(1);
    for (let i = 0; i < 10_050; i++) limit.record(`10.0.${Math.floor(i / 250)}.${i % 250}`, at(0));
    // Two hours later the sweep drops every stale address; a newcomer is still judged alone.
    limit.record("203.0.113.7", at(120));
    expect(limit.allows("203.0.113.7", at(121))).toBe(false);
    expect(limit.allows("10.0.0.1", at(121))).toBe(true);
  });
});
