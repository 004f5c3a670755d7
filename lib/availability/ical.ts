import { addDays, isoWeekday } from "@/lib/core/dates/paris";
import { holidayDates, periodHolidayRule, weekdayParts, type PeriodPattern } from "./days";

/**
 * iCalendar (RFC 5545) export of availability periods: one VEVENT per period, all-day dates
 * (`VALUE=DATE`, floating, so a cohort's days stay the same days in any calendar's time zone).
 * A period with a weekly grid becomes a daily event repeated on its weekdays (RRULE WEEKLY +
 * BYDAY + UNTIL), its excluded dates and the public holidays become EXDATEs; a continuous period without a grid is one
 * event over its whole span (or a DAILY rule when it has excluded dates). Pure.
 */
export type CalendarEvent = {
  uid: string;
  /** Last change of the period: DTSTAMP and LAST-MODIFIED. */
  stamp: Date;
  summary: string;
  description: string;
  /** First day of the event (an occurrence). */
  start: string;
  /** Day after the last day of the (first) occurrence: DTEND is exclusive for dates. */
  endExclusive: string;
  rrule?: string;
  exdates: string[];
};

const BYDAY = ["", "MO", "TU", "WE", "TH", "FR", "SA", "SU"] as const;

const compactDate = (date: string) => date.replace(/-/g, "");

function compactInstant(instant: Date): string {
  return instant
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

/** TEXT values (RFC 5545 3.3.11): backslash, semicolon, comma and line breaks are escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

// UTF-8 length of one code point, without encoding it (an encoder call per character was the
// export's hot spot: bench/calendar.ts).
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * Content lines longer than 75 octets are folded (RFC 5545 3.1): CRLF then one space. Octets, not
 * characters: the cut never falls inside a UTF-8 sequence (« é » is two octets).
 */
export function foldLine(line: string): string {
  // Most lines are short and ASCII: one octet per character, nothing to fold.
  if (line.length <= 75 && !/[^\x00-\x7f]/.test(line)) return line;
  const pieces: string[] = [];
  let current = "";
  let size = 0;
  let limit = 75;
  for (const char of line) {
    const octets = utf8Length(char.codePointAt(0)!);
    if (size + octets > limit) {
      pieces.push(current);
      current = "";
      size = 0;
      limit = 74; // continuation lines start with the folding space
    }
    current += char;
    size += octets;
  }
  pieces.push(current);
  return pieces.join("\r\n ");
}

/** The event of one period, or null when the period has no available day at all. */
export function periodEvent(
  period: PeriodPattern & { id: string; updatedAt: Date },
  text: { summary: string; description: string },
  uidDomain: string,
): CalendarEvent | null {
  const parts = weekdayParts(period);
  if (parts.size === 0 || period.endDate < period.startDate) return null;
  const base = { uid: `disponibilite-${period.id}@${uidDomain}`, stamp: period.updatedAt, ...text };
  const inRange = (date: string) => date >= period.startDate && date <= period.endDate;
  // Public holidays are never available (docs/produit.md#disponibilites-et-calendrier): excluded like the period's own dates.
  const offDays = [...new Set([...period.excludedDates, ...holidayDates(period.startDate, period.endDate, periodHolidayRule(period))])];

  if (period.weeklySlots.length === 0) {
    const exdates = offDays.filter(inRange).sort();
    if (exdates.length === 0) return { ...base, start: period.startDate, endExclusive: addDays(period.endDate, 1), exdates };
    return { ...base, start: period.startDate, endExclusive: addDays(period.startDate, 1), rrule: `FREQ=DAILY;UNTIL=${compactDate(period.endDate)}`, exdates };
  }

  // DTSTART must be an occurrence of the rule, or it counts as one more (RFC 5545 3.8.5.3).
  let first = period.startDate;
  while (first <= period.endDate && !parts.has(isoWeekday(first))) first = addDays(first, 1);
  if (first > period.endDate) return null;
  const days = [...parts.keys()].sort((a, b) => a - b);
  const exdates = offDays.filter((date) => date >= first && inRange(date) && parts.has(isoWeekday(date))).sort();
  return {
    ...base,
    start: first,
    endExclusive: addDays(first, 1),
    rrule: `FREQ=WEEKLY;WKST=MO;BYDAY=${days.map((day) => BYDAY[day]).join(",")};UNTIL=${compactDate(period.endDate)}`,
    exdates,
  };
}

/** The whole VCALENDAR, CRLF line ends, folded lines. */
export function toICalendar(events: readonly CalendarEvent[], calendarName: string): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Service sanitaire des etudiants en sante//Calendrier des disponibilites//FR",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(calendarName)}`,
  ];
  for (const event of events) {
    lines.push(
      "BEGIN:VEVENT",
      `UID:${event.uid}`,
      `DTSTAMP:${compactInstant(event.stamp)}`,
      `LAST-MODIFIED:${compactInstant(event.stamp)}`,
      `DTSTART;VALUE=DATE:${compactDate(event.start)}`,
      `DTEND;VALUE=DATE:${compactDate(event.endExclusive)}`,
    );
    if (event.rrule) lines.push(`RRULE:${event.rrule}`);
    if (event.exdates.length > 0) lines.push(`EXDATE;VALUE=DATE:${event.exdates.map(compactDate).join(",")}`);
    lines.push(`SUMMARY:${escapeText(event.summary)}`, `DESCRIPTION:${escapeText(event.description)}`, "TRANSP:TRANSPARENT", "END:VEVENT");
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
