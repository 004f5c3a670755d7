import { describe, expect, it } from "vitest";
import { restartPolicy } from "./restart-policy";

describe("restartPolicy", () => {
  it("waits twice as long after each death, then gives up past the limit", () => {
    const next = restartPolicy({ limit: 3, firstDelayMs: 1000 });
    expect([next(0), next(1), next(2), next(3)]).toEqual([1000, 2000, 4000, null]);
  });

  it("forgets the deaths older than its window", () => {
    const next = restartPolicy({ limit: 2, firstDelayMs: 1000, windowMs: 60_000 });
    expect([next(0), next(1000), next(2000)]).toEqual([1000, 2000, null]);
    expect(next(61_500)).toBe(1000);
  });

  it("never waits more than its ceiling", () => {
    const next = restartPolicy({ limit: 10, firstDelayMs: 1000, maxDelayMs: 5000 });
    expect(Array.from({ length: 5 }, (_, i) => next(i))).toEqual([1000, 2000, 4000, 5000, 5000]);
  });
});
