import { z } from "zod";
import { periodKind } from "@/db/schema/enums";
import { isDateString } from "@/lib/core/dates/paris";
import { DATE_MESSAGE, optionalEmailSchema, optionalText, POSTAL_CODE_MESSAGE, REQUIRED_MESSAGE, requiredText } from "@/lib/core/validation/common";
import { optionalPhoneSchema } from "@/lib/core/validation/phone";
import { uploadTokenSchema } from "@/lib/core/validation/uploaded-files";
import { MAX_MONTHLY_GRIDS, monthlyGridsFor, monthsOfPeriod, unionOfSlots } from "./reception";

/**
 * The four-step offer wizard (docs/produit.md#assistant-en-quatre-etapes, guide IDF and tutoriel Grand Est): one schema per step, shared by the
 * client forms (react-hook-form) and the server actions. A draft accepts empty fields; what is
 * filled must be valid. « Demander la validation » then checks the required fields of every step
 * (`missingFields`). Unknown keys are stripped (zod's default), so a payload can never set
 * `state`, `structureId` or `id`. Client-safe: checks that need the database or the official
 * commune list (reference ids, commune) run again in lib/offers/editing.ts.
 */
export const OFFER_STEPS = [
  { key: "description", label: "Description" },
  { key: "modalities", label: "Modalités" },
  { key: "complements", label: "Compléments" },
  { key: "publication", label: "Publication" },
] as const;
export type OfferStepKey = (typeof OFFER_STEPS)[number]["key"];
export const STEP_KEYS = OFFER_STEPS.map((step) => step.key) as OfferStepKey[];

export const NAME_MAX = 150;
export const DESCRIPTION_MAX = 1000;
export const LONG_TEXT_MAX = 2000;
export const PLACES_MIN = 1;
export const PLACES_MAX = 200;
export const PLACES_MESSAGE = `Saisissez un nombre entier de places entre ${PLACES_MIN} et ${PLACES_MAX}`;
export const COMMUNE_MESSAGE = "Choisissez la commune dans la liste proposée";
export const PERIOD_ORDER_MESSAGE = "La fin de période doit être le même jour ou après le début de période";
export const PUBLICATION_ORDER_MESSAGE = "La date de fin de publication doit être postérieure à la date de début";
export const PUBLICATION_PAST_MESSAGE = "La date de début de publication ne peut pas être antérieure à la date du jour";
export const MONTHLY_PERIOD_MESSAGE = "Indiquez le début et la fin de période : une plage par mois de la période apparaîtra";
export const MONTHLY_TOO_LONG_MESSAGE = `Une plage par mois est possible sur ${MAX_MONTHLY_GRIDS} mois au plus : raccourcissez la période ou gardez la même plage tous les mois`;
export const PERSONAL_DATA_REMINDER = "Veillez à ne pas diffuser de données à caractère personnel dans les zones de saisie libre.";

// Inputs arrive as strings from forms and as anything from a forged request: never trust the type.
const blankToNull = (value: unknown) => (value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value);

/** An optional field: missing, null or blank gives null; anything else must pass `inner`. */
function blankable<T extends z.ZodType>(inner: T) {
  return z
    .preprocess(blankToNull, inner.nullable())
    .optional()
    .transform((value) => value ?? null);
}

/** A list of reference ids (checkboxes): strings or numbers, de-duplicated; existence is checked on the server. */
export const idListSchema = z
  .union([z.array(z.union([z.string(), z.number()])).max(50, { error: "Trop d'éléments choisis" }), z.string(), z.number()])
  .optional()
  .nullable()
  .transform((value) => (value == null ? [] : Array.isArray(value) ? value : [value]).map(Number))
  .pipe(
    z.array(
      z
        .number({ error: "Choix invalide" })
        .int({ error: "Choix invalide" })
        .positive({ error: "Choix invalide" })
        .max(2_147_483_647, { error: "Choix invalide" }),
    ),
  )
  .transform((ids) => [...new Set(ids)]);

/** One reference id chosen in a `<select>`; "" for none. */
export const optionalIdSchema = blankable(
  z.coerce
    .number({ error: "Choix invalide" })
    .int({ error: "Choix invalide" })
    .positive({ error: "Choix invalide" })
    .max(2_147_483_647, { error: "Choix invalide" }),
);

export const placesSchema = blankable(
  z.coerce
    .number({ error: PLACES_MESSAGE })
    .int({ error: PLACES_MESSAGE })
    .min(PLACES_MIN, { error: PLACES_MESSAGE })
    .max(PLACES_MAX, { error: PLACES_MESSAGE }),
);

export const optionalDateSchema = blankable(z.string({ error: DATE_MESSAGE }).trim().refine(isDateString, { error: DATE_MESSAGE }));

const optionalPostalCode = blankable(
  z.preprocess(
    (value) => (typeof value === "string" ? value.replace(/[\s\u00a0\u202f]/g, "") : value),
    z.string({ error: POSTAL_CODE_MESSAGE }).regex(/^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/, { error: POSTAL_CODE_MESSAGE }),
  ),
);

// INSEE code of the commune chosen in the list (« 93066 », « 2A004 »).
const optionalCommuneCode = blankable(
  z
    .string({ error: COMMUNE_MESSAGE })
    .trim()
    .regex(/^(?:\d{2}|2[AB])\d{3}$/, { error: COMMUNE_MESSAGE }),
);

const booleanSchema = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

export const WEEKLY_SLOT_PATTERN = /^[1-7]-(am|pm)$/;
export const weeklySlotsSchema = z
  .union([z.array(z.string()).max(14, { error: "Plage d'accueil invalide" }), z.string()])
  .optional()
  .nullable()
  .transform((value) => (value == null ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.string().regex(WEEKLY_SLOT_PATTERN, { error: "Plage d'accueil invalide" })))
  .transform((slots) => [...new Set(slots)].sort() as `${1 | 2 | 3 | 4 | 5 | 6 | 7}-${"am" | "pm"}`[]);

/** Étape 1 « Description ». The name is needed even for a draft: it is how the list shows it. */
export const descriptionStepSchema = z.object({
  name: requiredText("Nom de l'offre", NAME_MAX),
  description: optionalText(DESCRIPTION_MAX),
  themeIds: idListSchema,
  targetPublicIds: idListSchema,
  places: placesSchema,
  hostSiteName: optionalText(200),
  street: optionalText(200),
  postalCode: optionalPostalCode,
  communeCode: optionalCommuneCode,
  /** Shown in the form after choosing; the server keeps the official name. */
  communeName: z.string().max(200).optional().nullable(),
  fieldTypeId: optionalIdSchema,
  referentName: optionalText(150),
  referentJobTitle: optionalText(150),
  referentPhone: optionalPhoneSchema,
  referentEmail: optionalEmailSchema,
  localReferentName: optionalText(150),
  localReferentJobTitle: optionalText(150),
  localReferentPhone: optionalPhoneSchema,
  localReferentEmail: optionalEmailSchema,
  applicationEmail: optionalEmailSchema,
});

const MONTH_KEY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** The grids of « Adapter selon le mois », keyed `YYYY-MM` (a year and a half of keys at most, whatever is sent). */
const monthlySlotsSchema = z
  .record(z.string().regex(MONTH_KEY_PATTERN, { error: "Plage d'accueil invalide" }), weeklySlotsSchema, { error: "Plage d'accueil invalide" })
  .refine((grids) => Object.keys(grids).length <= 18, { error: "Plage d'accueil invalide" })
  .optional()
  .nullable();

/**
 * Étape 2 « Modalités ». « Plage d'accueil » is one weekly grid, or with « Adapter selon le mois »
 * one per month of the period (docs/produit.md#plage-daccueil-selon-le-mois): the output is then the
 * stored form, every month of the period with its grid and `weeklySlots` their union.
 */
export const modalitiesStepSchema = z
  .object({
    careModalities: optionalText(LONG_TEXT_MAX),
    periodKind: blankable(z.enum(periodKind.enumValues, { error: "Choisissez une période de prise en charge" })),
    periodStart: optionalDateSchema,
    periodEnd: optionalDateSchema,
    weeklySlots: weeklySlotsSchema,
    slotsVaryByMonth: booleanSchema,
    monthlySlots: monthlySlotsSchema,
  })
  .superRefine((values, ctx) => {
    if (isDateString(values.periodStart) && isDateString(values.periodEnd) && values.periodEnd < values.periodStart) {
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: PERIOD_ORDER_MESSAGE });
      return;
    }
    if (!values.slotsVaryByMonth) return;
    const months = monthsOfPeriod(values.periodStart, values.periodEnd);
    if (months.length === 0) ctx.addIssue({ code: "custom", path: ["slotsVaryByMonth"], message: MONTHLY_PERIOD_MESSAGE });
    else if (months.length > MAX_MONTHLY_GRIDS) ctx.addIssue({ code: "custom", path: ["slotsVaryByMonth"], message: MONTHLY_TOO_LONG_MESSAGE });
  })
  .transform(({ slotsVaryByMonth, monthlySlots, ...values }) => {
    if (!slotsVaryByMonth) return { ...values, monthlySlots: null };
    const grids = monthlyGridsFor(monthsOfPeriod(values.periodStart, values.periodEnd), monthlySlots, values.weeklySlots);
    return { ...values, weeklySlots: unionOfSlots(Object.values(grids)), monthlySlots: grids };
  });

/** Étape 3 « Compléments » (the « Documents utiles » are uploaded one by one, see attachments). */
export const complementsStepSchema = z.object({
  requiredDocuments: optionalText(LONG_TEXT_MAX),
  offersHousing: booleanSchema,
  offersMeals: booleanSchema,
  offersTransport: booleanSchema,
});

/**
 * Étape 4 « Publication ». `earliestStart` is today (Paris), or the saved start when it is already
 * earlier: a date that was fine when saved does not block editing the end date later.
 */
export function publicationStepSchema(earliestStart?: string) {
  return z.object({ publicationStart: optionalDateSchema, publicationEnd: optionalDateSchema }).superRefine((values, ctx) => {
    const error = publicationDatesError(values.publicationStart, values.publicationEnd, earliestStart);
    if (error) ctx.addIssue({ code: "custom", path: [error.field], message: error.message });
  });
}

export function publicationDatesError(
  start: string | null,
  end: string | null,
  earliestStart?: string,
): { field: "publicationStart" | "publicationEnd"; message: string } | null {
  // Only real dates are compared: a malformed one already has its own message.
  if (isDateString(start) && earliestStart && start < earliestStart) return { field: "publicationStart", message: PUBLICATION_PAST_MESSAGE };
  if (isDateString(start) && isDateString(end) && end <= start) return { field: "publicationEnd", message: PUBLICATION_ORDER_MESSAGE };
  return null;
}

export const STEP_SCHEMAS = {
  description: descriptionStepSchema,
  modalities: modalitiesStepSchema,
  complements: complementsStepSchema,
  publication: publicationStepSchema(),
} as const;

export type DescriptionStepInput = z.input<typeof descriptionStepSchema>;
export type DescriptionStepValues = z.output<typeof descriptionStepSchema>;
export type ModalitiesStepInput = z.input<typeof modalitiesStepSchema>;
export type ModalitiesStepValues = z.output<typeof modalitiesStepSchema>;
export type ComplementsStepInput = z.input<typeof complementsStepSchema>;
export type ComplementsStepValues = z.output<typeof complementsStepSchema>;
export type PublicationStepInput = z.input<ReturnType<typeof publicationStepSchema>>;
export type PublicationStepValues = z.output<ReturnType<typeof publicationStepSchema>>;
export type StepValues = DescriptionStepValues | ModalitiesStepValues | ComplementsStepValues | PublicationStepValues;

// ——— Action payloads ———

/** The offer number comes from the route; the server re-checks it against the caller's structure. */
export const offerIdSchema = z.coerce
  .number({ error: "Offre introuvable" })
  .int({ error: "Offre introuvable" })
  .positive({ error: "Offre introuvable" })
  .max(2_147_483_647, { error: "Offre introuvable" });

export const createOfferSchema = z.object({ values: descriptionStepSchema });

export const saveOfferStepSchema = z.discriminatedUnion("step", [
  z.object({ offerId: offerIdSchema, step: z.literal("description"), values: descriptionStepSchema }),
  z.object({ offerId: offerIdSchema, step: z.literal("modalities"), values: modalitiesStepSchema }),
  z.object({ offerId: offerIdSchema, step: z.literal("complements"), values: complementsStepSchema }),
  z.object({ offerId: offerIdSchema, step: z.literal("publication"), values: publicationStepSchema() }),
]);
export type SaveOfferStepInput = z.input<typeof saveOfferStepSchema>;

export const offerRefSchema = z.object({ offerId: offerIdSchema });

export const COMMENT_REQUIRED_MESSAGE = "Expliquez ce qui doit être corrigé";
export const sendBackSchema = z.object({
  offerId: offerIdSchema,
  comment: z
    .string({ error: COMMENT_REQUIRED_MESSAGE })
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(1, { error: COMMENT_REQUIRED_MESSAGE })
        .max(LONG_TEXT_MAX, { error: `${LONG_TEXT_MAX.toLocaleString("fr-FR")} caractères maximum` }),
    ),
});

const requiredDate = z
  .string({ error: REQUIRED_MESSAGE })
  .trim()
  .min(1, { error: REQUIRED_MESSAGE, abort: true })
  .refine(isDateString, { error: DATE_MESSAGE });

export const extendPublicationSchema = z.object({ offerId: offerIdSchema, publicationEnd: requiredDate });
export const renewPublicationSchema = z
  .object({ offerId: offerIdSchema, publicationStart: requiredDate, publicationEnd: requiredDate })
  .superRefine((values, ctx) => {
    if (isDateString(values.publicationStart) && isDateString(values.publicationEnd) && values.publicationEnd <= values.publicationStart)
      ctx.addIssue({ code: "custom", path: ["publicationEnd"], message: PUBLICATION_ORDER_MESSAGE });
  });

/**
 * « Modifier les dates » of a Validée / Publiée offer: the same two dates as « Renouveler »; the rules that need today and the
 * stored dates (a start already reached stays, nothing in the past) are in lib/offers/lifecycle.ts.
 */
export const changePublicationDatesSchema = renewPublicationSchema;

export const attachmentUploadSchema = z.object({
  offerId: offerIdSchema,
  file: z.instanceof(File, { error: "Choisissez un fichier" }),
});
/** « Ajouter un document » once the file is sent (POST /api/fichiers?pour=document): its id and single-use token. */
export const attachmentAttachSchema = z.object({ offerId: offerIdSchema, fileId: z.uuid({ error: "Document introuvable" }), token: uploadTokenSchema });
export const attachmentRemoveSchema = z.object({ offerId: offerIdSchema, fileId: z.uuid({ error: "Document introuvable" }) });
