import { tz, TZDate } from "@date-fns/tz";
import { format, type Month } from "date-fns";
import { fr } from "date-fns/locale";
import { DAY_MS } from "./durations";

/**
 * Calendar dates of the platform (publication and availability periods) are Paris
 * calendar days written `YYYY-MM-DD`; instants are stored in UTC (docs/produit.md#donnees-et-conventions). A
 * publication runs from 00:00 Paris on its first day to the end of its last day,
 * whatever the DST offset of each end. Pure, and importable from client components.
 */
export const PARIS_TIME_ZONE = "Europe/Paris";

const paris = tz(PARIS_TIME_ZONE);
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** A real calendar day written `YYYY-MM-DD` (2026-02-29 and 2026-13-01 are not). */
export function isDateString(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function parts(date: string): [number, number, number] {
  if (!isDateString(date)) throw new RangeError(`Date invalide (AAAA-MM-JJ attendu) : ${String(date)}`);
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, "0");
}

/** The Paris calendar day of an instant. */
export function toParisDate(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError("Instant invalide");
  return format(instant, "yyyy-MM-dd", { in: paris });
}

/** Today's calendar day in Paris (a server in UTC would be wrong between 22:00 and 24:00 UTC in summer). */
export function parisToday(now: Date = new Date()): string {
  return toParisDate(now);
}

/** The UTC instant of 00:00 Paris time on that day (midnight always exists: France changes clocks at 02:00/03:00). */
export function parisDayStart(date: string): Date {
  const [year, month, day] = parts(date);
  return new Date(new TZDate(year, month - 1, day, PARIS_TIME_ZONE).getTime());
}

/** The last millisecond of that Paris day: 23 h long on the spring change, 25 h on the autumn one. */
export function parisDayEnd(date: string): Date {
  return new Date(parisDayStart(addDays(date, 1)).getTime() - 1);
}

/** Calendar arithmetic on `YYYY-MM-DD`, independent of time zones and DST. */
export function addDays(date: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Nombre de jours non entier : ${days}`);
  const [year, month, day] = parts(date);
  const shifted = new Date(Date.UTC(year, month - 1, day) + days * DAY_MS);
  return `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

/** Sort comparator for `YYYY-MM-DD` strings: negative, zero or positive. */
export function compareDates(a: string, b: string): number {
  parts(a);
  parts(b);
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Number of calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const [y1, m1, d1] = parts(from);
  const [y2, m2, d2] = parts(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** ISO weekday of a calendar day: 1 = lundi … 7 = dimanche (the offers' weekly grid starts on Monday). */
export function isoWeekday(date: string): number {
  const [year, month, day] = parts(date);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return weekday === 0 ? 7 : weekday;
}

/** « janvier » … « décembre » for 1 … 12, date-fns's French names. */
export function frenchMonthName(month: number): string {
  return fr.localize.month((month - 1) as Month, { width: "wide" });
}

/** « 1er mai », « 29 mai »: French typography writes the first of the month as an ordinal. */
export function frenchDayAndMonth(date: string): string {
  const [, month, day] = parts(date);
  return `${day === 1 ? "1er" : day} ${frenchMonthName(month)}`;
}

function frenchDay(date: string): string {
  return `${frenchDayAndMonth(date)} ${parts(date)[0]}`;
}

/** « 29 mai 2019 » from a calendar day, or from an instant (its Paris day). */
export function formatDateFr(date: string | Date): string {
  return frenchDay(typeof date === "string" ? date : toParisDate(date));
}

/** « 29 mai 2019 à 14 h 05 », Paris time, as French administrative texts write hours. */
export function formatDateTimeFr(instant: Date | string): string {
  const value = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(value.getTime())) throw new RangeError(`Instant invalide : ${String(instant)}`);
  return `${frenchDay(toParisDate(value))} à ${format(value, "H 'h' mm", { in: paris })}`;
}
