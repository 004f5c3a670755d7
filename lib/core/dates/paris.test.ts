import { describe, expect, it } from "vitest";
import {
  addDays,
  compareDates,
  daysBetween,
  formatDateFr,
  formatDateTimeFr,
  isDateString,
  isoWeekday,
  parisDayEnd,
  parisDayStart,
  parisToday,
  toParisDate,
} from "./paris";

const HOUR = 3_600_000;

describe("isDateString", () => {
  it("accepts real calendar days", () => {
    expect(isDateString("2019-05-29")).toBe(true);
    expect(isDateString("2024-02-29")).toBe(true);
    expect(isDateString("2000-02-29")).toBe(true);
  });

  it("refuses impossible days and other shapes", () => {
    for (const value of [
      "2026-02-29",
      "1900-02-29",
      "2026-13-01",
      "2026-04-31",
      "2026-00-10",
      "2026-1-5",
      "29/05/2019",
      "2019-05-29T00:00:00Z",
      "",
      20190529,
      null,
      undefined,
    ]) {
      expect(isDateString(value), String(value)).toBe(false);
    }
  });
});

describe("parisToday", () => {
  it("gives the Paris day, not the UTC one", () => {
    // 23:30 UTC on 30 June is 01:30 on 1 July in Paris (UTC+2 in summer).
    expect(parisToday(new Date("2026-06-30T23:30:00Z"))).toBe("2026-07-01");
    // In winter Paris is UTC+1: 22:59 UTC is still the same day, 23:00 UTC the next.
    expect(parisToday(new Date("2026-01-15T22:59:59Z"))).toBe("2026-01-15");
    expect(parisToday(new Date("2026-01-15T23:00:00Z"))).toBe("2026-01-16");
  });

  it("defaults to the current time", () => {
    expect(isDateString(parisToday())).toBe(true);
  });

  it("refuses an invalid instant", () => {
    expect(() => toParisDate(new Date("nope"))).toThrow(RangeError);
  });
});

describe("parisDayStart / parisDayEnd", () => {
  it("uses UTC+1 in winter and UTC+2 in summer", () => {
    expect(parisDayStart("2026-01-15").toISOString()).toBe("2026-01-14T23:00:00.000Z");
    expect(parisDayStart("2026-07-01").toISOString()).toBe("2026-06-30T22:00:00.000Z");
    expect(parisDayEnd("2026-07-01").toISOString()).toBe("2026-07-01T21:59:59.999Z");
  });

  it("makes the spring-forward day 23 hours long (2026-03-29)", () => {
    const start = parisDayStart("2026-03-29");
    const end = parisDayEnd("2026-03-29");
    expect(start.toISOString()).toBe("2026-03-28T23:00:00.000Z");
    expect(end.toISOString()).toBe("2026-03-29T21:59:59.999Z");
    expect(end.getTime() + 1 - start.getTime()).toBe(23 * HOUR);
    expect(parisToday(end)).toBe("2026-03-29");
    expect(parisToday(new Date(end.getTime() + 1))).toBe("2026-03-30");
  });

  it("makes the fall-back day 25 hours long (2026-10-25)", () => {
    const start = parisDayStart("2026-10-25");
    const end = parisDayEnd("2026-10-25");
    expect(start.toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(end.toISOString()).toBe("2026-10-25T22:59:59.999Z");
    expect(end.getTime() + 1 - start.getTime()).toBe(25 * HOUR);
    expect(parisToday(start)).toBe("2026-10-25");
    expect(parisToday(new Date(start.getTime() - 1))).toBe("2026-10-24");
  });

  it("chains days without gaps or overlaps across a year end", () => {
    expect(parisDayEnd("2026-12-31").getTime() + 1).toBe(parisDayStart("2027-01-01").getTime());
  });

  it("refuses a malformed date", () => {
    expect(() => parisDayStart("2026-02-30")).toThrow(RangeError);
  });
});

describe("addDays / daysBetween / compareDates / isoWeekday", () => {
  it("does calendar arithmetic across months, years, leap days and DST", () => {
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-29", 1)).toBe("2026-03-30");
    expect(addDays("2026-10-25", 1)).toBe("2026-10-26");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-05-10", 0)).toBe("2026-05-10");
    expect(() => addDays("2026-05-10", 1.5)).toThrow(RangeError);
  });

  it("counts days between two dates", () => {
    expect(daysBetween("2026-03-28", "2026-03-30")).toBe(2);
    expect(daysBetween("2026-10-26", "2026-10-24")).toBe(-2);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
  });

  it("sorts dates", () => {
    expect(["2026-05-10", "2025-12-31", "2026-01-02"].sort(compareDates)).toEqual(["2025-12-31", "2026-01-02", "2026-05-10"]);
    expect(compareDates("2026-01-01", "2026-01-01")).toBe(0);
    expect(() => compareDates("2026-01-01", "demain")).toThrow(RangeError);
  });

  it("gives ISO weekdays (Monday = 1)", () => {
    expect(isoWeekday("2026-03-30")).toBe(1);
    expect(isoWeekday("2026-03-29")).toBe(7);
    expect(isoWeekday("2019-05-29")).toBe(3);
  });
});

describe("French formatting", () => {
  it("formats calendar days", () => {
    expect(formatDateFr("2019-05-29")).toBe("29 mai 2019");
    expect(formatDateFr("2026-01-01")).toBe("1er janvier 2026");
    expect(formatDateFr("2026-08-15")).toBe("15 août 2026");
    expect(formatDateFr("2026-12-02")).toBe("2 décembre 2026");
  });

  it("formats an instant as its Paris day", () => {
    expect(formatDateFr(new Date("2026-06-30T23:30:00Z"))).toBe("1er juillet 2026");
  });

  it("formats date and time in Paris time", () => {
    expect(formatDateTimeFr(new Date("2019-05-29T12:05:00Z"))).toBe("29 mai 2019 à 14 h 05");
    expect(formatDateTimeFr("2026-01-15T08:00:00Z")).toBe("15 janvier 2026 à 9 h 00");
    expect(formatDateTimeFr(new Date("2026-06-30T23:30:00Z"))).toBe("1er juillet 2026 à 1 h 30");
    expect(formatDateTimeFr(new Date("2026-10-25T00:30:00Z"))).toBe("25 octobre 2026 à 2 h 30");
    expect(formatDateTimeFr(new Date("2026-10-25T01:30:00Z"))).toBe("25 octobre 2026 à 2 h 30");
    expect(() => formatDateTimeFr("hier")).toThrow(RangeError);
  });
});
