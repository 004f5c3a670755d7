import { describe, expect, it } from "vitest";
import { upcomingMonths } from "./page-data";

describe("upcomingMonths", () => {
  it("starts with the current month and crosses the year", () => {
    const months = upcomingMonths("2026-11-30", 3);
    expect(months).toEqual([
      { value: "2026-11", label: "Novembre 2026" },
      { value: "2026-12", label: "Décembre 2026" },
      { value: "2027-01", label: "Janvier 2027" },
    ]);
  });
});
