import { afterEach, describe, expect, it } from "vitest";
import { frenchPublicHolidays } from "./holidays";
import {
  availableDaysBetween,
  daysFromTo,
  excludedRanges,
  holidayDates,
  periodHolidayRule,
  availableDaysInMonth,
  daysOfMonth,
  isMonthKey,
  lastDayOf,
  monthColumns,
  parseMonth,
  rangesOverlap,
  runsOf,
  shiftMonth,
  weekdayParts,
  type PeriodPattern,
} from "./days";
import { nth } from "@/lib/core/rows";

const period = (overrides: Partial<PeriodPattern> = {}): PeriodPattern => ({
  startDate: "2026-05-01",
  endDate: "2026-05-31",
  modality: "CONTINUOUS",
  weeklySlots: [],
  excludedDates: [],
  ...overrides,
});

const dates = (pattern: PeriodPattern, month: `${number}-${number}`) => availableDaysInMonth(pattern, month).map((d) => d.date);

describe("months", () => {
  it("parses the URL month and falls back to today's month on junk", () => {
    expect(parseMonth("2026-05", "2026-11-23")).toBe("2026-05");
    for (const junk of ["2026-13", "2026-00", "2026-5", "mai", "", undefined, null, "1999-12", "2101-01", "2026-05-01", 202605]) {
      expect(parseMonth(junk, "2026-11-23")).toBe("2026-11");
    }
    expect(parseMonth(["2026-02", "2026-03"], "2026-11-23")).toBe("2026-02");
    expect(isMonthKey("2026-12")).toBe(true);
  });

  it("shifts across years both ways", () => {
    expect(shiftMonth("2026-12", 1)).toBe("2027-01");
    expect(shiftMonth("2026-01", -1)).toBe("2025-12");
    expect(shiftMonth("2026-05", -17)).toBe("2024-12");
    expect(shiftMonth("2026-05", 24)).toBe("2028-05");
  });

  it("knows February in leap and common years, and centuries", () => {
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2026-02")).toBe("2026-02-28");
    expect(lastDayOf("2100-02")).toBe("2100-02-28");
    expect(lastDayOf("2000-02")).toBe("2000-02-29");
    expect(daysOfMonth("2024-02")).toHaveLength(29);
    expect(daysOfMonth("2026-04")).toHaveLength(30);
  });

  it("keeps 31 columns in the DST months (clocks change on the last Sundays of March and October)", () => {
    const march = monthColumns("2026-03");
    expect(march).toHaveLength(31);
    expect(march.find((c) => c.date === "2026-03-29")).toMatchObject({ weekday: 7, isWeekend: true });
    expect(march.find((c) => c.date === "2026-03-30")).toMatchObject({ weekday: 1, isWeekend: false });
    const october = monthColumns("2026-10");
    expect(october.map((c) => c.date).filter((d) => d.startsWith("2026-10-2"))).toEqual([
      "2026-10-20",
      "2026-10-21",
      "2026-10-22",
      "2026-10-23",
      "2026-10-24",
      "2026-10-25",
      "2026-10-26",
      "2026-10-27",
      "2026-10-28",
      "2026-10-29",
    ]);
  });

  it("marks weekends and holidays for shading", () => {
    const may = monthColumns("2026-05");
    expect(may[0]).toEqual({ date: "2026-05-01", dayOfMonth: 1, weekday: 5, isWeekend: false, holiday: "Fête du Travail" });
    expect(may.filter((c) => c.isWeekend).map((c) => c.dayOfMonth)).toEqual([2, 3, 9, 10, 16, 17, 23, 24, 30, 31]);
    expect(may.filter((c) => c.holiday).map((c) => c.dayOfMonth)).toEqual([1, 8, 14, 25]);
  });

  it("shades Saint Stephen's Day in Alsace-Moselle only", () => {
    expect(
      monthColumns("2026-12")
        .filter((c) => c.holiday)
        .map((c) => c.dayOfMonth),
    ).toEqual([25]);
    expect(
      monthColumns("2026-12", { alsaceMoselle: true })
        .filter((c) => c.holiday)
        .map((c) => c.dayOfMonth),
    ).toEqual([25, 26]);
  });
});

describe("available days", () => {
  it("covers every day of a continuous period without a weekly grid, but the public holidays", () => {
    // 8 May: Victoire 1945.
    expect(dates(period({ startDate: "2026-05-04", endDate: "2026-05-08" }), "2026-05")).toEqual(["2026-05-04", "2026-05-05", "2026-05-06", "2026-05-07"]);
  });

  it("never counts a public holiday, and Alsace-Moselle's two only for a period that only goes there", () => {
    // 1 January 2027 is a Friday: a holiday everywhere.
    expect(dates(period({ startDate: "2026-12-31", endDate: "2027-01-04" }), "2027-01")).toEqual(["2027-01-02", "2027-01-03", "2027-01-04"]);
    // Good Friday 2027 is 26 March, Easter Monday 29 March.
    const easter = { startDate: "2027-03-25", endDate: "2027-03-30" };
    expect(dates(period({ ...easter, departmentCodes: ["54"] }), "2027-03")).toEqual(["2027-03-25", "2027-03-26", "2027-03-27", "2027-03-28", "2027-03-30"]);
    expect(dates(period({ ...easter, departmentCodes: ["67", "57"] }), "2027-03")).toEqual(["2027-03-25", "2027-03-27", "2027-03-28", "2027-03-30"]);
    expect(dates(period({ ...easter, departmentCodes: ["67", "54"] }), "2027-03")).toContain("2027-03-26");
    expect(dates(period({ ...easter, departmentCodes: [] }), "2027-03")).toContain("2027-03-26");
    // A view of Alsace-Moselle alone applies them to every period.
    expect(availableDaysInMonth(period({ ...easter }), "2027-03", { alsaceMoselle: true }).map((d) => d.date)).not.toContain("2027-03-26");
    expect(periodHolidayRule({ departmentCodes: ["68"] })).toEqual({ alsaceMoselle: true });
    expect(holidayDates("2026-12-01", "2027-01-31", { alsaceMoselle: true })).toEqual(
      new Set([...frenchPublicHolidays(2026, { alsaceMoselle: true }), ...frenchPublicHolidays(2027, { alsaceMoselle: true })].map((h) => h.date)),
    );
  });

  it("keeps only the weekdays of the grid, any half-day ticked making the day available", () => {
    const pattern = period({ modality: "SPLIT", weeklySlots: ["1-am", "3-pm", "3-am"] });
    const days = availableDaysInMonth(pattern, "2026-05");
    // 25 May 2026: Lundi de Pentecôte.
    expect(days.map((d) => d.date)).toEqual(["2026-05-04", "2026-05-06", "2026-05-11", "2026-05-13", "2026-05-18", "2026-05-20", "2026-05-27"]);
    expect(nth(days, 0).part).toBe("am");
    expect(nth(days, 1).part).toBe("day");
    expect(weekdayParts({ modality: "SPLIT", weeklySlots: ["2-pm"] }).get(2)).toBe("pm");
  });

  it("gives no day to a split period without a grid", () => {
    expect(dates(period({ modality: "SPLIT" }), "2026-05")).toEqual([]);
  });

  it("removes excluded dates", () => {
    const pattern = period({ startDate: "2026-05-04", endDate: "2026-05-08", excludedDates: ["2026-05-06", "2026-06-01"] });
    expect(dates(pattern, "2026-05")).toEqual(["2026-05-04", "2026-05-05", "2026-05-07"]);
  });

  it("clips a period spanning several months to the month shown, across a year end", () => {
    const pattern = period({ startDate: "2026-12-28", endDate: "2027-01-03" });
    expect(dates(pattern, "2026-12")).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31"]);
    expect(dates(pattern, "2027-01")).toEqual(["2027-01-02", "2027-01-03"]);
    expect(dates(pattern, "2027-02")).toEqual([]);
  });

  it("counts 29 February in a leap year", () => {
    const pattern = period({ startDate: "2028-02-27", endDate: "2028-03-01" });
    expect(dates(pattern, "2028-02")).toEqual(["2028-02-27", "2028-02-28", "2028-02-29"]);
    expect(dates(pattern, "2028-03")).toEqual(["2028-03-01"]);
  });

  it("does not lose or duplicate the DST Sundays (one-day periods on 2026-03-29 and 2026-10-25)", () => {
    expect(dates(period({ startDate: "2026-03-29", endDate: "2026-03-29" }), "2026-03")).toEqual(["2026-03-29"]);
    expect(dates(period({ startDate: "2026-10-24", endDate: "2026-10-26" }), "2026-10")).toEqual(["2026-10-24", "2026-10-25", "2026-10-26"]);
    const sundays = period({ startDate: "2026-03-01", endDate: "2026-03-31", modality: "SPLIT", weeklySlots: ["7-am"] });
    expect(dates(sundays, "2026-03")).toEqual(["2026-03-01", "2026-03-08", "2026-03-15", "2026-03-22", "2026-03-29"]);
  });

  it("answers nothing for an inverted or invalid period instead of throwing", () => {
    expect(dates(period({ startDate: "2026-05-10", endDate: "2026-05-01" }), "2026-05")).toEqual([]);
    expect(availableDaysBetween(period({ startDate: "2026-02-30" }), "2026-02-01", "2026-02-28")).toEqual([]);
  });

  describe("whatever the process time zone", () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });
    it.each(["Europe/Paris", "America/Los_Angeles", "Pacific/Kiritimati", "UTC"])("gives the same days in %s", (zone) => {
      process.env.TZ = zone;
      const pattern = period({ startDate: "2026-03-27", endDate: "2026-04-02", modality: "SPLIT", weeklySlots: ["5-am", "7-pm", "1-am"] });
      expect(dates(pattern, "2026-03")).toEqual(["2026-03-27", "2026-03-29", "2026-03-30"]);
      expect(monthColumns("2026-10").length).toBe(31);
    });
  });
});

describe("runsOf", () => {
  it("joins consecutive days of the same part and splits on gaps and part changes", () => {
    const pattern = period({
      startDate: "2026-05-04",
      endDate: "2026-05-17",
      modality: "SPLIT",
      weeklySlots: ["1-am", "1-pm", "2-am", "2-pm", "3-am", "5-am", "5-pm"],
      excludedDates: ["2026-05-12"],
    });
    expect(runsOf(availableDaysInMonth(pattern, "2026-05"))).toEqual([
      { start: "2026-05-04", end: "2026-05-05", part: "day", length: 2 },
      { start: "2026-05-06", end: "2026-05-06", part: "am", length: 1 },
      { start: "2026-05-11", end: "2026-05-11", part: "day", length: 1 },
      { start: "2026-05-13", end: "2026-05-13", part: "am", length: 1 },
      { start: "2026-05-15", end: "2026-05-15", part: "day", length: 1 },
    ]);
  });
});

describe("excluded ranges", () => {
  it("shows consecutive excluded days as one range, and expands a range back to its days", () => {
    const fortnight = daysFromTo("2027-04-12", "2027-04-25");
    expect(fortnight).toHaveLength(14);
    expect(excludedRanges([...fortnight, "2027-05-03", "2027-04-12"])).toEqual([
      { start: "2027-04-12", end: "2027-04-25" },
      { start: "2027-05-03", end: "2027-05-03" },
    ]);
    expect(daysFromTo("2028-02-28", "2028-03-01")).toEqual(["2028-02-28", "2028-02-29", "2028-03-01"]);
    expect(daysFromTo("2027-05-02", "2027-05-01")).toEqual([]);
  });
});

describe("rangesOverlap", () => {
  it("includes both ends", () => {
    expect(rangesOverlap({ start: "2026-05-01", end: "2026-05-10" }, { start: "2026-05-10", end: "2026-06-01" })).toBe(true);
    expect(rangesOverlap({ start: "2026-05-01", end: "2026-05-09" }, { start: "2026-05-10", end: "2026-06-01" })).toBe(false);
  });
});
