import type { MonthlySlots, WeeklySlot } from "@/db/schema/types";
import { isDateString, isoWeekday } from "@/lib/core/dates/paris";
import { monthOf, shiftMonth, type MonthKey } from "@/lib/availability/days";

/**
 * « Plage d'accueil » through the months (docs/produit.md#plage-daccueil-selon-le-mois): an offer has one
 * weekly grid, the same every month, or one per month of its period. Pure and client-safe: the
 * wizard, the offer's sheet, the matching with cohorts and the places count all read it here.
 */
export type ReceptionPlan = { weeklySlots: readonly string[]; monthlySlots: Readonly<Record<string, readonly string[]>> | null };

/** A grid per month is offered for a school year at most: beyond, the list of grids would be unreadable. */
export const MAX_MONTHLY_GRIDS = 12;

const MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

/** « septembre 2026 ». */
export function monthLabel(month: string): string {
  return `${MONTH_NAMES[Number(month.slice(5, 7)) - 1] ?? month} ${month.slice(0, 4)}`;
}

/** The months a period touches, in order; empty without both dates, or when the end comes first. */
export function monthsOfPeriod(start: string | null | undefined, end: string | null | undefined, max = MAX_MONTHLY_GRIDS + 1): MonthKey[] {
  if (!isDateString(start) || !isDateString(end) || end < start) return [];
  const months: MonthKey[] = [];
  for (let month = monthOf(start); month <= monthOf(end) && months.length < max; month = shiftMonth(month, 1)) months.push(month);
  return months;
}

/** Whether the grid changes from month to month. */
export function variesByMonth(plan: ReceptionPlan): boolean {
  return plan.monthlySlots !== null && plan.monthlySlots !== undefined;
}

/** The half-days of a month: its own grid, or the shared one (also for a month a grid per month does not list). */
export function slotsOfMonth(plan: ReceptionPlan, month: string): readonly string[] {
  return plan.monthlySlots?.[month] ?? plan.weeklySlots;
}

/** Every half-day of any month, sorted: what `offers.weekly_slots` holds when the grid changes by month. */
export function unionOfSlots(grids: Iterable<readonly string[]>): WeeklySlot[] {
  const all = new Set<string>();
  for (const grid of grids) for (const slot of grid) all.add(slot);
  return [...all].sort() as WeeklySlot[];
}

/**
 * Whether the structure receives students on a day, or on its morning or afternoon only: a half-day
 * of that weekday is ticked in the day's month. An offer that ticks no half-day in any month (its
 * times are in « Modalités de prise en charge ») is not limited: every day of its period counts.
 */
export function receivesOn(plan: ReceptionPlan, date: string, part: "day" | "am" | "pm" = "day"): boolean {
  if (plan.weeklySlots.length === 0) return true;
  const day = isoWeekday(date);
  const slots = slotsOfMonth(plan, monthOf(date));
  return part === "day" ? slots.includes(`${day}-am`) || slots.includes(`${day}-pm`) : slots.includes(`${day}-${part}`);
}

/** The half-days a cohort's weekly grid shares with the offer's grids of the months they both cover. */
export function commonSlots(plan: ReceptionPlan, cohortSlots: readonly string[], months: readonly string[]): string[] {
  const offered = new Set(months.flatMap((month) => [...slotsOfMonth(plan, month)]));
  return cohortSlots.filter((slot) => offered.has(slot));
}

/**
 * The months' grids as stored: every month of the period, each given grid kept (a month left out
 * takes the shared grid), months outside the period dropped (the period was changed since).
 */
export function monthlyGridsFor(
  months: readonly string[],
  given: Readonly<Record<string, readonly WeeklySlot[]>> | null | undefined,
  shared: readonly WeeklySlot[],
): MonthlySlots {
  return Object.fromEntries(months.map((month) => [month, [...(given?.[month] ?? shared)]]));
}
