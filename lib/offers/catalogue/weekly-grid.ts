import { WEEKDAYS, type Weekday, type WeeklySlot } from "@/db/schema/types";

/** The « Plage d'accueil » grid (docs/produit.md#assistant-en-quatre-etapes): days × (matin, après-midi), Monday first. */
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  1: "Lundi",
  2: "Mardi",
  3: "Mercredi",
  4: "Jeudi",
  5: "Vendredi",
  6: "Samedi",
  7: "Dimanche",
};

export type WeeklyGridRow = { day: Weekday; label: string; morning: boolean; afternoon: boolean };

/** One row per day of the week, whatever the order or junk of the stored slots. */
export function weeklyGridRows(slots: readonly string[]): WeeklyGridRow[] {
  const set = new Set(slots);
  return WEEKDAYS.map((day) => ({
    day,
    label: WEEKDAY_LABELS[day],
    morning: set.has(`${day}-am` satisfies WeeklySlot),
    afternoon: set.has(`${day}-pm` satisfies WeeklySlot),
  }));
}

/** A sentence for summaries and metadata: « lundi matin, mardi toute la journée ». */
export function describeWeeklySlots(slots: readonly string[]): string {
  const parts = weeklyGridRows(slots).flatMap((row) => {
    const day = row.label.toLowerCase();
    if (row.morning && row.afternoon) return [`${day} toute la journée`];
    if (row.morning) return [`${day} matin`];
    if (row.afternoon) return [`${day} après-midi`];
    return [];
  });
  return parts.join(", ");
}

/** A day of a month's row: « Journée », « Matin », « Après-midi », or nothing. */
export type DayReception = "day" | "am" | "pm" | null;
export const DAY_RECEPTION_LABELS = { day: "Journée", am: "Matin", pm: "Après-midi" } as const;

/** One month of « Plage d'accueil » selon le mois: its label and what each day of the week offers, Monday first. */
export type MonthGridRow = { month: string; label: string; days: DayReception[] };

export function dayReceptions(slots: readonly string[]): DayReception[] {
  return weeklyGridRows(slots).map((row) => (row.morning && row.afternoon ? "day" : row.morning ? "am" : row.afternoon ? "pm" : null));
}
