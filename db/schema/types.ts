import { customType } from "drizzle-orm/pg-core";

export const tsvector = customType<{ data: string }>({ dataType: () => "tsvector" });

export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => "bytea" });

/**
 * A half-day of the weekly grid (« Plage d'accueil »): day 1 = lundi … 7 = dimanche,
 * `am` = matin, `pm` = après-midi. Stored as text[] so that a grid reads plainly in SQL.
 */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
export type HalfDay = "am" | "pm";
export type WeeklySlot = `${Weekday}-${HalfDay}`;

/**
 * « Plage d'accueil » month by month (docs/produit.md#plage-daccueil-selon-le-mois): one weekly grid per
 * month of the offer's period, keyed `YYYY-MM`. Null when the grid is the same every month.
 */
export type MonthlySlots = Record<string, WeeklySlot[]>;
