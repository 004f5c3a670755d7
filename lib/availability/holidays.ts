import { addDays } from "@/lib/core/dates/paris";

/**
 * French public holidays (« jours fériés », Code du travail L3133-1) of a year, computed rather than
 * listed so the calendar never runs out of years: the eight fixed ones, plus Easter Monday,
 * Ascension Thursday and Whit Monday, which follow Easter. Moselle, Bas-Rhin and Haut-Rhin add
 * Good Friday and 26 December (local law, Code du travail L3134-13), hence `alsaceMoselle`.
 * Pure and client-safe.
 */
export type Holiday = { date: string; name: string };

/** The three départements of Alsace-Moselle's local law (Grand Est). */
export const ALSACE_MOSELLE_DEPARTMENTS: ReadonlySet<string> = new Set(["57", "67", "68"]);

/**
 * How a view over these départements (a filter, or a whole région) meets Alsace-Moselle: only its
 * départements (its holidays are the view's), some of them (they are mentioned), or none.
 */
export function alsaceMoselleShare(departmentCodes: readonly string[]): "all" | "some" | "none" {
  const local = departmentCodes.filter((code) => ALSACE_MOSELLE_DEPARTMENTS.has(code)).length;
  if (local === 0) return "none";
  return local === departmentCodes.length ? "all" : "some";
}

/** The two holidays of Alsace-Moselle only. */
export function alsaceMoselleHolidays(year: number): Holiday[] {
  return [
    { date: addDays(easterSunday(year), -2), name: "Vendredi saint" },
    { date: `${String(year).padStart(4, "0")}-12-26`, name: "Saint-Étienne" },
  ];
}

const FIXED: ReadonlyArray<[month: number, day: number, name: string]> = [
  [1, 1, "Jour de l'an"],
  [5, 1, "Fête du Travail"],
  [5, 8, "Victoire 1945"],
  [7, 14, "Fête nationale"],
  [8, 15, "Assomption"],
  [11, 1, "Toussaint"],
  [11, 11, "Armistice 1918"],
  [12, 25, "Noël"],
];

const pad = (value: number) => String(value).padStart(2, "0");

/** Easter Sunday of the Gregorian calendar (anonymous algorithm, Meeus / Jones / Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}`;
}

const byYear = new Map<string, Holiday[]>();

/** The eleven holidays of `year` (thirteen in Alsace-Moselle), in date order. */
export function frenchPublicHolidays(year: number, { alsaceMoselle = false }: { alsaceMoselle?: boolean } = {}): Holiday[] {
  const key = `${year}${alsaceMoselle ? ":alsace-moselle" : ""}`;
  const cached = byYear.get(key);
  if (cached) return cached;
  const easter = easterSunday(year);
  const yyyy = String(year).padStart(4, "0");
  const holidays = [
    ...FIXED.map(([month, day, name]) => ({ date: `${yyyy}-${pad(month)}-${pad(day)}`, name })),
    { date: addDays(easter, 1), name: "Lundi de Pâques" },
    { date: addDays(easter, 39), name: "Ascension" },
    { date: addDays(easter, 50), name: "Lundi de Pentecôte" },
    ...(alsaceMoselle ? alsaceMoselleHolidays(year) : []),
  ].sort((x, y) => (x.date < y.date ? -1 : 1));
  byYear.set(key, holidays);
  return holidays;
}

/** The holiday's name on that day, or null. */
export function holidayOn(date: string, options: { alsaceMoselle?: boolean } = {}): string | null {
  return frenchPublicHolidays(Number(date.slice(0, 4)), options).find((holiday) => holiday.date === date)?.name ?? null;
}
