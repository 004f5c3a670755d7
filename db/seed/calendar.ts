import { TZDate } from "@date-fns/tz";
import { frenchMonthName, PARIS_TIME_ZONE, parisToday } from "@/lib/core/dates/paris";

export { addDays, daysBetween, isoWeekday, parisToday } from "@/lib/core/dates/paris";

export function monthName(day: string): string {
  return frenchMonthName(Number(day.slice(5, 7)));
}

export type Clock = {
  /** The Paris day the demo is built around. */
  today: string;
  now: Date;
  /** An instant on a Paris day; never later than `now`, so that no event is dated in the future. */
  at: (day: string, hour: number, minute?: number) => Date;
};

export function createClock(today: string, realNow: Date = new Date()): Clock {
  // When `today` is not the real day (tests, previews), "now" is that day at noon, Paris time.
  const now = parisToday(realNow) === today ? realNow : parisInstant(today, 12, 0);
  const ceiling = now.getTime() - 60_000;
  return {
    today,
    now,
    at: (day, hour, minute = 0) => new Date(Math.min(parisInstant(day, hour, minute).getTime(), ceiling)),
  };
}

/** That wall-clock time in Paris, whatever the DST offset of the day. */
function parisInstant(day: string, hour: number, minute: number): Date {
  const [year = NaN, month = NaN, date = NaN] = day.split("-").map(Number);
  return new Date(new TZDate(year, month - 1, date, hour, minute, PARIS_TIME_ZONE).getTime());
}
