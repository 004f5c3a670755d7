import { addDays, compareDates, daysBetween, isDateString, isoWeekday } from "@/lib/core/dates/paris";
import { DAY_MS } from "@/lib/core/dates/durations";
import { alsaceMoselleShare, frenchPublicHolidays } from "./holidays";

/**
 * The calendar's day arithmetic, pure and client-safe: which days of a month a period makes
 * available (docs/produit.md#disponibilites-et-calendrier), and which days to shade (weekends, public holidays). Everything works on
 * `YYYY-MM-DD` strings with UTC arithmetic (lib/core/dates/paris), so daylight saving time and the
 * server's time zone never move a day.
 */

/** A month as it lives in the URL (`?mois=2026-05`). */
export type MonthKey = `${number}-${number}`;

const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** The half-days of a day a cohort can come: the whole day, the morning or the afternoon only. */
export type DayPart = "day" | "am" | "pm";
export type AvailableDay = { date: string; part: DayPart };

/** What day computation needs of a period (a row of availability_periods). */
export type PeriodPattern = {
  startDate: string;
  endDate: string;
  modality: "CONTINUOUS" | "SPLIT";
  weeklySlots: readonly string[];
  excludedDates: readonly string[];
  /** The départements its students can go to (none: the whole région); they decide Alsace-Moselle's holidays. */
  departmentCodes?: readonly string[];
};

export function isMonthKey(value: unknown): value is MonthKey {
  if (typeof value !== "string") return false;
  const match = MONTH_PATTERN.exec(value);
  if (!match) return false;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return year >= MIN_YEAR && year <= MAX_YEAR && month >= 1 && month <= 12;
}

/** `?mois=` as typed by anyone: a real month, or the month of `today` (`2026-13` is not a month). */
export function parseMonth(value: unknown, today: string): MonthKey {
  const candidate = Array.isArray(value) ? value[0] : value;
  return isMonthKey(candidate) ? candidate : (today.slice(0, 7) as MonthKey);
}

export function monthOf(date: string): MonthKey {
  return date.slice(0, 7) as MonthKey;
}

export function firstDayOf(month: MonthKey): string {
  return `${month}-01`;
}

export function lastDayOf(month: MonthKey): string {
  return addDays(firstDayOf(shiftMonth(month, 1)), -1);
}

/** The month `delta` months away (negative for earlier), across years. */
export function shiftMonth(month: MonthKey, delta: number): MonthKey {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + delta;
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}` as MonthKey;
}

/** Every day of the month, in order. */
export function daysOfMonth(month: MonthKey): string[] {
  return daysFromTo(firstDayOf(month), lastDayOf(month));
}

export function isWeekend(date: string): boolean {
  return isoWeekday(date) >= 6;
}

/** A column of the month view: the day, and why it is shaded. */
export type MonthColumn = { date: string; dayOfMonth: number; weekday: number; isWeekend: boolean; holiday: string | null };

export function monthColumns(month: MonthKey, options: { alsaceMoselle?: boolean } = {}): MonthColumn[] {
  const holidays = new Map(frenchPublicHolidays(Number(month.slice(0, 4)), options).map((h) => [h.date, h.name]));
  return daysOfMonth(month).map((date) => ({
    date,
    dayOfMonth: Number(date.slice(8, 10)),
    weekday: isoWeekday(date),
    isWeekend: isWeekend(date),
    holiday: holidays.get(date) ?? null,
  }));
}

/**
 * The part of each weekday a period covers: a day is available when at least one of its
 * half-days is ticked in the weekly grid. With no half-day ticked, a continuous period covers
 * every day; a split one covers none (the form requires a grid for « en fractionné »).
 */
export function weekdayParts(pattern: Pick<PeriodPattern, "modality" | "weeklySlots">): Map<number, DayPart> {
  const parts = new Map<number, DayPart>();
  const slots = new Set(pattern.weeklySlots);
  if (slots.size === 0) {
    if (pattern.modality === "CONTINUOUS") for (let day = 1; day <= 7; day++) parts.set(day, "day");
    return parts;
  }
  for (let day = 1; day <= 7; day++) {
    const am = slots.has(`${day}-am`);
    const pm = slots.has(`${day}-pm`);
    if (am && pm) parts.set(day, "day");
    else if (am) parts.set(day, "am");
    else if (pm) parts.set(day, "pm");
  }
  return parts;
}

/** Whose public holidays a computation uses: the whole country's, plus Alsace-Moselle's two when `alsaceMoselle`. */
export type HolidayRule = { alsaceMoselle?: boolean };

/**
 * Whether Alsace-Moselle's two holidays apply to a period of its own: only when every département
 * its students can go to is one of the three (a period open to the whole région, or listing other
 * départements too, can still place students elsewhere on those days).
 */
export function periodHolidayRule(period: { departmentCodes?: readonly string[] }): HolidayRule {
  return { alsaceMoselle: alsaceMoselleShare(period.departmentCodes ?? []) === "all" };
}

/** The public holidays between two dates' years, as a set of `YYYY-MM-DD`. */
export function holidayDates(from: string, to: string, rule: HolidayRule = {}): Set<string> {
  const dates = new Set<string>();
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    for (const holiday of frenchPublicHolidays(year, rule)) dates.add(holiday.date);
  }
  return dates;
}

/**
 * The available days of a period between `from` and `to` (both included): the days of its weekly
 * pattern, less its excluded dates and the public holidays, which are never available
 * (docs/produit.md#disponibilites-et-calendrier). One pass over the days with the weekday carried
 * along: exports run it for thousands of periods (bench/calendar.ts).
 */
export function availableDaysBetween(pattern: PeriodPattern, from: string, to: string, rule: HolidayRule = periodHolidayRule(pattern)): AvailableDay[] {
  if (!isDateString(pattern.startDate) || !isDateString(pattern.endDate) || compareDates(pattern.startDate, pattern.endDate) > 0) return [];
  const first = pattern.startDate > from ? pattern.startDate : from;
  const last = pattern.endDate < to ? pattern.endDate : to;
  if (first > last) return [];
  const parts = weekdayParts(pattern);
  if (parts.size === 0) return [];
  const excluded = new Set(pattern.excludedDates);
  const holidays = holidayDates(first, last, rule);
  const firstMs = Date.parse(`${first}T00:00:00Z`);
  const count = daysBetween(first, last);
  const days: AvailableDay[] = [];
  for (let offset = 0, weekday = isoWeekday(first); offset <= count; offset++, weekday = weekday === 7 ? 1 : weekday + 1) {
    const part = parts.get(weekday);
    if (!part) continue;
    const date = new Date(firstMs + offset * DAY_MS).toISOString().slice(0, 10);
    if (!excluded.has(date) && !holidays.has(date)) days.push({ date, part });
  }
  return days;
}

/** The available days of a period within a month. */
export function availableDaysInMonth(pattern: PeriodPattern, month: MonthKey, rule?: HolidayRule): AvailableDay[] {
  return availableDaysBetween(pattern, firstDayOf(month), lastDayOf(month), rule);
}

/** Consecutive available days with the same part: one bar of the month view each. */
export type DayRun = { start: string; end: string; part: DayPart; length: number };

export function runsOf(days: readonly AvailableDay[]): DayRun[] {
  const runs: DayRun[] = [];
  for (const day of days) {
    const last = runs.at(-1);
    if (last && last.part === day.part && addDays(last.end, 1) === day.date) {
      last.end = day.date;
      last.length += 1;
    } else {
      runs.push({ start: day.date, end: day.date, part: day.part, length: 1 });
    }
  }
  return runs;
}

/** Whether two date ranges (inclusive) share at least one day. */
export function rangesOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start <= b.end && b.start <= a.end;
}

/**
 * Excluded dates as the ranges a person typed (« du 13 au 26 avril »): consecutive days are one
 * entry. Stored one day each, so the calendar, the exports and the matching read them as before.
 */
export function excludedRanges(dates: readonly string[]): { start: string; end: string }[] {
  const ranges: { start: string; end: string }[] = [];
  for (const date of [...new Set(dates)].sort()) {
    const last = ranges.at(-1);
    if (last && addDays(last.end, 1) === date) last.end = date;
    else ranges.push({ start: date, end: date });
  }
  return ranges;
}

/** Every day from `start` to `end`, both included. */
export function daysFromTo(start: string, end: string): string[] {
  const days: string[] = [];
  for (let day = start; day <= end; day = addDays(day, 1)) days.push(day);
  return days;
}
