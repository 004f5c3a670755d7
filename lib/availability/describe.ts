import { WEEKDAYS } from "@/db/schema/types";
import { formatDateFr, frenchDayAndMonth, frenchMonthName } from "@/lib/core/dates/paris";
import { excludedRanges, type DayPart, type DayRun } from "./days";
import { MODALITY_LABELS } from "./schemas";

/**
 * The French sentences of the calendar (details on hover and focus, list view, exports), pure and
 * client-safe, so that the screen, the CSV and the iCalendar file say the same thing.
 */
const WEEKDAY_PLURALS: Record<number, string> = { 1: "lundis", 2: "mardis", 3: "mercredis", 4: "jeudis", 5: "vendredis", 6: "samedis", 7: "dimanches" };

export const PART_LABELS: Record<DayPart, string> = { day: "journée", am: "matin", pm: "après-midi" };

/** « les lundis matin, les mercredis toute la journée »; « tous les jours » for a continuous period without grid. */
export function describeSlots(slots: readonly string[], modality: keyof typeof MODALITY_LABELS): string {
  const set = new Set(slots);
  if (set.size === 0) return modality === "CONTINUOUS" ? "tous les jours" : "aucune demi-journée";
  const parts = WEEKDAYS.flatMap((day) => {
    const am = set.has(`${day}-am`);
    const pm = set.has(`${day}-pm`);
    if (am && pm) return [`les ${WEEKDAY_PLURALS[day]} toute la journée`];
    if (am) return [`les ${WEEKDAY_PLURALS[day]} matin`];
    if (pm) return [`les ${WEEKDAY_PLURALS[day]} après-midi`];
    return [];
  });
  return parts.join(", ");
}

/** « Matins et après-midis », « Matins seulement »…: the modality summary of the calendar (docs/produit.md#disponibilites-et-calendrier). */
export function describeHalfDays(slots: readonly string[]): string {
  const am = slots.some((slot) => slot.endsWith("-am"));
  const pm = slots.some((slot) => slot.endsWith("-pm"));
  if (am && pm) return "matins et après-midis";
  if (am) return "matins seulement";
  if (pm) return "après-midis seulement";
  return "journées entières";
}

/** « du 4 au 8 mai, le 11 mai (matin) »: the bars of one month in words. */
export function describeRuns(runs: readonly DayRun[]): string {
  if (runs.length === 0) return "aucun jour disponible ce mois-ci";
  return runs
    .map((run) => {
      const part = run.part === "day" ? "" : ` (${run.length > 1 ? `${PART_LABELS[run.part]}s` : PART_LABELS[run.part]})`;
      if (run.length === 1) return `le ${frenchDayAndMonth(run.start)}${part}`;
      const from = Number(run.start.slice(8, 10));
      return `du ${from === 1 ? "1er" : from} au ${frenchDayAndMonth(run.end)}${part}`;
    })
    .join(", ");
}

export function describeDateRange(start: string, end: string): string {
  return start === end ? `le ${formatDateFr(start)}` : `du ${formatDateFr(start)} au ${formatDateFr(end)}`;
}

/** « 12 mai 2026 », « du 13 avril 2027 au 26 avril 2027 »: one entry of « Dates exclues ». */
export function describeExcludedRange(range: { start: string; end: string }): string {
  return range.start === range.end ? formatDateFr(range.start) : `du ${formatDateFr(range.start)} au ${formatDateFr(range.end)}`;
}

/** Excluded dates in words, one range per entry. */
export function describeExcludedDates(dates: readonly string[]): string {
  return excludedRanges(dates).map(describeExcludedRange).join(", ");
}

export function studentsLabel(count: number): string {
  return `${count.toLocaleString("fr-FR")} étudiant${count > 1 ? "s" : ""}`;
}

/** « Institution — Discipline — N étudiants »: a row of the calendar (docs/produit.md#disponibilites-et-calendrier). */
export function periodTitle(period: { institutionName: string; discipline: string; studentCount: number }): string {
  return `${period.institutionName} — ${period.discipline} — ${studentsLabel(period.studentCount)}`;
}

export function monthLabel(month: string): string {
  return `${frenchMonthName(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
}
