import { z } from "zod";
import { WEEKDAYS } from "@/db/schema/types";
import { DATE_MESSAGE, isoDateSchema, optionalText, REQUIRED_MESSAGE } from "@/lib/core/validation/common";
import { DAY_MS } from "@/lib/core/dates/durations";
import { SERIAL_ID_PATTERN } from "@/lib/core/validation/ids";

// The days of the weekly grid, for the form's client component: it may not import db/ itself.
export { WEEKDAYS };

/**
 * « Déclarer une période de disponibilité » (docs/produit.md#disponibilites-et-calendrier): one schema for the form (react-hook-form)
 * and the server actions. Client-safe: whether the discipline is an active reference item and the
 * départements belong to the caller's région is checked on the server (lib/availability/periods.ts).
 */
export const MAX_STUDENTS = 5000; // the availability_periods_students_check constraint
export const MAX_PERIOD_DAYS = 366;

export const STUDENTS_MESSAGE = `Saisissez un nombre d'étudiants entre 1 et ${MAX_STUDENTS.toLocaleString("fr-FR")}`;
export const END_BEFORE_START_MESSAGE = "La date de fin doit être le même jour ou après la date de début";
export const PERIOD_TOO_LONG_MESSAGE = "Une période dure au plus un an : déclarez-en plusieurs";
export const SPLIT_NEEDS_SLOTS_MESSAGE = "Pour une période en fractionné, cochez au moins une demi-journée";
export const DEPARTMENT_MESSAGE = "Choisissez des départements de votre région";

export const SLOT_VALUES = WEEKDAYS.flatMap((day) => [`${day}-am`, `${day}-pm`] as const);
export type SlotValue = (typeof SLOT_VALUES)[number];

export const MODALITY_LABELS = { CONTINUOUS: "En continu", SPLIT: "En fractionné" } as const;

// Checkbox groups arrive as one string, several, or nothing (FormData), or as an array (react-hook-form).
const stringList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .nullable()
  .transform((value) => (value == null ? [] : Array.isArray(value) ? value : [value]).map((item) => item.trim()).filter(Boolean));

export const referenceIdSchema = z
  .union([z.string(), z.number()], { error: REQUIRED_MESSAGE })
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1, { error: REQUIRED_MESSAGE, abort: true }).regex(SERIAL_ID_PATTERN, { error: REQUIRED_MESSAGE }))
  .transform(Number);

const studentCountSchema = z
  .union([z.string(), z.number()], { error: STUDENTS_MESSAGE })
  .transform((value) => String(value).replace(/[\s\u00a0\u202f]/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: REQUIRED_MESSAGE, abort: true })
      .regex(/^\d{1,7}$/, { error: STUDENTS_MESSAGE, abort: true }),
  )
  .transform(Number)
  .pipe(z.number().int().min(1, { error: STUDENTS_MESSAGE }).max(MAX_STUDENTS, { error: STUDENTS_MESSAGE }));

const requiredDate = z.string({ error: REQUIRED_MESSAGE }).trim().min(1, { error: REQUIRED_MESSAGE, abort: true }).pipe(isoDateSchema);

const dayCount = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

export const periodSchema = z
  .object({
    disciplineId: referenceIdSchema,
    promotion: optionalText(100),
    studentCount: studentCountSchema,
    startDate: requiredDate,
    endDate: requiredDate,
    modality: z.enum(["CONTINUOUS", "SPLIT"], { error: REQUIRED_MESSAGE }),
    weeklySlots: stringList
      .pipe(z.array(z.enum(SLOT_VALUES, { error: "Demi-journée inconnue" })).max(SLOT_VALUES.length))
      .transform((slots) => [...new Set(slots)].sort()),
    departmentCodes: stringList
      .pipe(z.array(z.string().regex(/^(?:\d{2,3}|2[AB])$/i, { error: DEPARTMENT_MESSAGE })).max(20, { error: DEPARTMENT_MESSAGE }))
      .transform((codes) => [...new Set(codes.map((code) => code.toUpperCase()))].sort()),
    comment: optionalText(1000),
  })
  .superRefine((value, context) => {
    if (value.endDate < value.startDate) context.addIssue({ code: "custom", path: ["endDate"], message: END_BEFORE_START_MESSAGE });
    else if (dayCount(value.startDate, value.endDate) >= MAX_PERIOD_DAYS)
      context.addIssue({ code: "custom", path: ["endDate"], message: PERIOD_TOO_LONG_MESSAGE });
    if (value.modality === "SPLIT" && value.weeklySlots.length === 0)
      context.addIssue({ code: "custom", path: ["weeklySlots"], message: SPLIT_NEEDS_SLOTS_MESSAGE });
  });

export type PeriodInput = z.input<typeof periodSchema>;
export type PeriodValues = z.output<typeof periodSchema>;

const periodIdSchema = z.string({ error: "Période introuvable" }).uuid({ error: "Période introuvable" });

export const updatePeriodSchema = z.intersection(periodSchema, z.object({ periodId: periodIdSchema }));
export const periodRefSchema = z.object({ periodId: periodIdSchema });

export const EXCLUDED_END_BEFORE_START_MESSAGE = "La date « Au » doit être le même jour ou après la date « Du »";
export const EXCLUDED_BEFORE_PERIOD_MESSAGE = "Cette date est avant le début de la période : choisissez un jour entre son début et sa fin";
export const EXCLUDED_AFTER_PERIOD_MESSAGE = "Cette date est après la fin de la période : choisissez un jour entre son début et sa fin";

/**
 * « Dates exclues » (exams, holidays: the guide SAS's « indisponibilité »): one day (« Du » alone)
 * or a range « Du … Au … », added or removed as one entry. `endDate` empty means the same day.
 */
export const excludedDateSchema = z
  .object({
    periodId: periodIdSchema,
    date: z.string({ error: DATE_MESSAGE }).trim().min(1, { error: REQUIRED_MESSAGE, abort: true }).pipe(isoDateSchema),
    endDate: z
      .string({ error: DATE_MESSAGE })
      .trim()
      .optional()
      .nullable()
      .transform((value) => value || null)
      .pipe(isoDateSchema.nullable()),
  })
  .transform(({ endDate, ...value }) => ({ ...value, endDate: endDate ?? value.date }))
  .superRefine((value, context) => {
    if (value.endDate < value.date) context.addIssue({ code: "custom", path: ["endDate"], message: EXCLUDED_END_BEFORE_START_MESSAGE });
  });

export type ExcludedDateInput = z.input<typeof excludedDateSchema>;
