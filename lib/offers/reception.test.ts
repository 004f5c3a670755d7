import { describe, expect, it } from "vitest";
import { commonSlots, monthLabel, monthlyGridsFor, monthsOfPeriod, receivesOn, slotsOfMonth, unionOfSlots } from "./reception";

describe("« Plage d'accueil » selon le mois", () => {
  it("lists the months a period touches, across a year end, and nothing without both dates", () => {
    expect(monthsOfPeriod("2026-11-16", "2027-02-05")).toEqual(["2026-11", "2026-12", "2027-01", "2027-02"]);
    expect(monthsOfPeriod("2026-09-01", "2026-09-30")).toEqual(["2026-09"]);
    expect(monthsOfPeriod("2026-09-01", null)).toEqual([]);
    expect(monthsOfPeriod("2026-09-01", "2026-08-01")).toEqual([]);
    // Capped one past the limit: enough to say « too long » without walking a century.
    expect(monthsOfPeriod("2000-01-01", "2099-12-31")).toHaveLength(13);
    expect(monthLabel("2027-08")).toBe("août 2027");
  });

  it("reads a month's own grid, or the shared one", () => {
    const plan = { weeklySlots: ["1-am", "3-pm"], monthlySlots: { "2026-11": ["1-am"], "2026-12": [] } };
    expect(slotsOfMonth(plan, "2026-11")).toEqual(["1-am"]);
    expect(slotsOfMonth(plan, "2026-12")).toEqual([]);
    expect(slotsOfMonth(plan, "2027-01")).toEqual(["1-am", "3-pm"]);
    expect(slotsOfMonth({ weeklySlots: ["2-pm"], monthlySlots: null }, "2026-12")).toEqual(["2-pm"]);
  });

  it("receives on a day when its month ticks a half-day of that weekday; an offer without any grid on every day", () => {
    const plan = { weeklySlots: ["1-am", "3-pm"], monthlySlots: { "2026-11": ["1-am", "3-pm"], "2026-12": [] } };
    // Monday 16 November, Wednesday 18 November, Tuesday 17 November, Monday 7 December.
    expect(receivesOn(plan, "2026-11-16")).toBe(true);
    expect(receivesOn(plan, "2026-11-16", "am")).toBe(true);
    expect(receivesOn(plan, "2026-11-16", "pm")).toBe(false);
    expect(receivesOn(plan, "2026-11-18", "pm")).toBe(true);
    expect(receivesOn(plan, "2026-11-17")).toBe(false);
    expect(receivesOn(plan, "2026-12-07")).toBe(false);
    expect(receivesOn({ weeklySlots: [], monthlySlots: null }, "2026-12-07")).toBe(true);
  });

  it("fills every month of the period, keeps the grids given, drops months outside, and unites them", () => {
    const grids = monthlyGridsFor(["2026-11", "2026-12"], { "2026-12": [], "2026-10": ["5-am"] }, ["1-am"]);
    expect(grids).toEqual({ "2026-11": ["1-am"], "2026-12": [] });
    expect(unionOfSlots([["3-pm", "1-am"], [], ["1-am", "2-am"]])).toEqual(["1-am", "2-am", "3-pm"]);
  });

  it("shares with a cohort the half-days of the months both cover", () => {
    const plan = { weeklySlots: ["1-am", "2-am"], monthlySlots: { "2026-11": ["1-am"], "2026-12": ["2-am"] } };
    expect(commonSlots(plan, ["1-am", "2-am", "4-pm"], ["2026-11"])).toEqual(["1-am"]);
    expect(commonSlots(plan, ["1-am", "2-am", "4-pm"], ["2026-11", "2026-12"])).toEqual(["1-am", "2-am"]);
  });
});
