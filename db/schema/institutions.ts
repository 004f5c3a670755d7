import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { referenceItems } from "./reference";
import type { WeeklySlot } from "./types";

/** A university or training institute (UFR de médecine, IFSI, IFMK…) declaring its students' availability. */
export const institutions = pgTable(
  "institutions",
  {
    id: uuid().primaryKey().defaultRandom(),
    name: text().notNull(),
    typeId: integer()
      .notNull()
      .references(() => referenceItems.id),
    departmentCode: text().notNull(),
    regionCode: text().notNull(),
    isActive: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("institutions_region_idx").on(t.regionCode)],
);

export const availabilityModality = pgEnum("availability_modality", ["CONTINUOUS", "SPLIT"]);
export type AvailabilityModality = (typeof availabilityModality.enumValues)[number];

/** When a cohort of students is available, where, and on which half-days (docs/produit.md#disponibilites-et-calendrier). */
export const availabilityPeriods = pgTable(
  "availability_periods",
  {
    id: uuid().primaryKey().defaultRandom(),
    institutionId: uuid()
      .notNull()
      .references(() => institutions.id, { onDelete: "cascade" }),
    /** Copied from the institution so that a région's calendar is one indexed range scan. */
    regionCode: text().notNull(),
    disciplineId: integer()
      .notNull()
      .references(() => referenceItems.id),
    promotion: text(),
    studentCount: integer().notNull(),
    startDate: date({ mode: "string" }).notNull(),
    endDate: date({ mode: "string" }).notNull(),
    modality: availabilityModality().notNull().default("CONTINUOUS"),
    weeklySlots: text()
      .array()
      .$type<WeeklySlot[]>()
      .notNull()
      .default(sql`'{}'::text[]`),
    departmentCodes: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    excludedDates: date({ mode: "string" })
      .array()
      .notNull()
      .default(sql`'{}'::date[]`),
    comment: text(),
    createdById: uuid(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("availability_periods_region_dates_idx").on(t.regionCode, t.startDate, t.endDate),
    index("availability_periods_institution_idx").on(t.institutionId),
    check("availability_periods_dates_check", sql`${t.endDate} >= ${t.startDate}`),
    check("availability_periods_students_check", sql`${t.studentCount} between 1 and 5000`),
  ],
);

export type Institution = typeof institutions.$inferSelect;
export type AvailabilityPeriod = typeof availabilityPeriods.$inferSelect;
