import { describe, expect, it } from "vitest";
import { stateFromDates } from "./visibility";

describe("stateFromDates", () => {
  it("follows the publication dates, both days included", () => {
    expect(stateFromDates("2026-03-01", "2026-03-31", "2026-02-28")).toBe("VALIDATED");
    expect(stateFromDates("2026-03-01", "2026-03-31", "2026-03-01")).toBe("PUBLISHED");
    expect(stateFromDates("2026-03-01", "2026-03-31", "2026-03-31")).toBe("PUBLISHED");
    expect(stateFromDates("2026-03-01", "2026-03-31", "2026-04-01")).toBe("EXPIRED");
  });
});
