import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { availableDaysBetween, type PeriodPattern } from "./days";
import { escapeText, foldLine, periodEvent, toICalendar } from "./ical";

const stamp = new Date("2026-04-02T08:30:00Z");

function period(overrides: Partial<PeriodPattern> & { id?: string } = {}) {
  return {
    id: "0c6f0f8e-1111-4222-8333-944445555666",
    updatedAt: stamp,
    startDate: "2026-05-04",
    endDate: "2026-05-29",
    modality: "SPLIT" as const,
    weeklySlots: ["2-am", "4-pm"],
    excludedDates: [],
    ...overrides,
  };
}

const text = {
  summary: "IFSI de Créteil — Soins infirmiers — 30 étudiants",
  description: "Promotion : 2e année\nModalité : en fractionné ; mardis matin, jeudis après-midi",
};

/** Every occurrence date, expanded by a real iCalendar parser. */
function occurrences(ics: string): string[][] {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    if (!event.isRecurring()) {
      const days: string[] = [];
      const cursor = event.startDate.clone();
      while (cursor.compare(event.endDate) < 0) {
        days.push(cursor.toString().slice(0, 10));
        cursor.addDuration(ICAL.Duration.fromData({ days: 1 }));
      }
      return days;
    }
    const iterator = event.iterator();
    const days: string[] = [];
    for (let next = iterator.next(); next && days.length < 1000; next = iterator.next()) days.push(next.toString().slice(0, 10));
    return days;
  });
}

const expected = (p: PeriodPattern) => availableDaysBetween(p, p.startDate, p.endDate).map((d) => d.date);

describe("periodEvent + toICalendar", () => {
  it("repeats a weekly grid on its weekdays until the end, starting on the first occurrence", () => {
    const p = period();
    const event = periodEvent(p, text, "sses.example")!;
    expect(event.start).toBe("2026-05-05"); // the first Tuesday, not the Monday the period starts on
    expect(event.rrule).toBe("FREQ=WEEKLY;WKST=MO;BYDAY=TU,TH;UNTIL=20260529");
    const ics = toICalendar([event], "Disponibilités");
    expect(occurrences(ics)).toEqual([expected(p)]);
  });

  it("turns excluded dates into EXDATEs, including one on the first occurrence", () => {
    const p = period({ excludedDates: ["2026-05-05", "2026-05-14", "2026-05-06", "2026-07-01"] });
    const event = periodEvent(p, text, "sses.example")!;
    expect(event.exdates).toEqual(["2026-05-05", "2026-05-14"]);
    const ics = toICalendar([event], "Disponibilités");
    expect(ics).toContain("EXDATE;VALUE=DATE:20260505,20260514\r\n");
    expect(occurrences(ics)).toEqual([expected(p)]);
  });

  it("makes a continuous period without a grid one event with an exclusive DTEND", () => {
    const p = period({ modality: "CONTINUOUS", weeklySlots: [], startDate: "2026-05-28", endDate: "2026-06-02" });
    const ics = toICalendar([periodEvent(p, text, "sses.example")!], "Disponibilités");
    expect(ics).toContain("DTSTART;VALUE=DATE:20260528\r\nDTEND;VALUE=DATE:20260603\r\n");
    expect(ics).not.toContain("RRULE");
    expect(occurrences(ics)).toEqual([expected(p)]);
  });

  it("uses a daily rule for a continuous period with excluded dates", () => {
    const p = period({ modality: "CONTINUOUS", weeklySlots: [], startDate: "2026-12-28", endDate: "2027-01-03", excludedDates: ["2027-01-01"] });
    const ics = toICalendar([periodEvent(p, text, "sses.example")!], "Disponibilités");
    expect(occurrences(ics)).toEqual([["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", "2027-01-02", "2027-01-03"]]);
  });

  it("gives no event to a period without any available day", () => {
    expect(periodEvent(period({ weeklySlots: [] }), text, "x")).toBeNull();
    expect(periodEvent(period({ startDate: "2026-05-04", endDate: "2026-05-04" }), text, "x")).toBeNull(); // a Monday, grid on Tue/Thu
  });

  it("writes the mandatory properties with CRLF line ends and no line over 75 octets", () => {
    const ics = toICalendar(
      [periodEvent(period({ id: "a" }), { summary: "É".repeat(60), description: "Commentaire, long ; très long\n".repeat(8) }, "sses.example")!],
      "Disponibilités — Île-de-France",
    );
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("UID:disponibilite-a@sses.example\r\n");
    expect(ics).toContain("DTSTAMP:20260402T083000Z\r\n");
    expect(ics.replace(/\r\n/g, "")).not.toContain("\n");
    for (const line of ics.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(ics)).getFirstSubcomponent("vevent")!);
    expect(event.summary).toBe("É".repeat(60));
    expect(event.description).toBe("Commentaire, long ; très long\n".repeat(8));
  });
});

describe("escapeText and foldLine", () => {
  it("escapes backslashes, semicolons, commas and line breaks", () => {
    expect(escapeText("a\\b;c,d\r\ne\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
  });

  it("never cuts inside a multi-octet character", () => {
    const folded = foldLine(`SUMMARY:${"é".repeat(80)}`);
    for (const line of folded.split("\r\n")) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
      expect(line).not.toContain("\uFFFD");
    }
    expect(
      folded
        .split("\r\n")
        .map((line, i) => (i === 0 ? line : line.slice(1)))
        .join(""),
    ).toBe(`SUMMARY:${"é".repeat(80)}`);
  });

  it("leaves short lines alone", () => {
    expect(foldLine("VERSION:2.0")).toBe("VERSION:2.0");
  });
});
