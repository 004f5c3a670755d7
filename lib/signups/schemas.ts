import { z } from "zod";
import { emailSchema, optionalText, postalCodeSchema, REQUIRED_MESSAGE, requiredText } from "@/lib/core/validation/common";
import { LOGO_MAX_BYTES, LOGO_SIZE_MESSAGE, LOGO_TYPE_MESSAGE } from "@/lib/core/validation/files";
import { phoneSchema } from "@/lib/core/validation/phone";
import { sirenSchema } from "@/lib/core/validation/siren";
import { SERIAL_ID_PATTERN } from "@/lib/core/validation/ids";

/**
 * « Créer un compte offreur » (docs/produit.md#inscription-dun-offreur, guide IDF): the same schemas validate the wizard in the
 * browser (react-hook-form) and the server actions. Client-safe: the checks that need the official
 * commune list or the database (commune, offerer type, email already used) run in lib/signups/submit.ts.
 */
export const CIVILITIES = ["Madame", "Monsieur"] as const;
export const COMMUNE_MESSAGE = "Choisissez votre commune dans la liste proposée";
export const EMAIL_TAKEN_MESSAGE = "Cette adresse email est déjà utilisée sur la plateforme";

// What `<select>` submits: a reference item's id as a string; "" when nothing was chosen.
const referenceIdSchema = z
  .string({ error: REQUIRED_MESSAGE })
  .trim()
  .min(1, { error: REQUIRED_MESSAGE, abort: true })
  .regex(SERIAL_ID_PATTERN, { error: REQUIRED_MESSAGE })
  .transform(Number);

/** Step 1 « Informations structure offreuse ». */
export const signupStructureSchema = z.object({
  offererTypeId: referenceIdSchema,
  name: requiredText("Raison sociale", 200),
  siren: sirenSchema,
  street: requiredText("N° et rue", 200),
  addressComplement: optionalText(200),
  postalCode: postalCodeSchema,
  // INSEE code (« 93066 », « 2A004 »), chosen in the list: the server checks it with the postal code.
  communeCode: z
    .string({ error: COMMUNE_MESSAGE })
    .trim()
    .regex(/^(?:\d{2}|2[AB])\d{3}$/, { error: COMMUNE_MESSAGE }),
  /** Shown in the field after choosing; the server keeps the official name instead. */
  communeName: z.string().max(200).optional(),
  legalRepCivility: z.enum(CIVILITIES, { error: REQUIRED_MESSAGE }),
  legalRepLastName: requiredText("Nom du représentant légal", 100),
  legalRepFirstName: requiredText("Prénom du représentant légal", 100),
  legalRepFunction: requiredText("Fonction du représentant légal", 150),
  description: requiredText("Description de l'offreur", 2000),
});

/** Step 2 « Informations du compte administrateur ». */
export const signupAdminSchema = z.object({
  firstName: requiredText("Prénom", 100),
  lastName: requiredText("Nom", 100),
  jobTitle: requiredText("Fonction", 150),
  email: emailSchema,
  phone: phoneSchema,
});

export type SignupStructureInput = z.input<typeof signupStructureSchema>;
export type SignupStructureValues = z.output<typeof signupStructureSchema>;
export type SignupAdminInput = z.input<typeof signupAdminSchema>;
export type SignupAdminValues = z.output<typeof signupAdminSchema>;

export const STRUCTURE_FIELDS = Object.keys(signupStructureSchema.shape) as (keyof SignupStructureInput)[];
export const ADMIN_FIELDS = Object.keys(signupAdminSchema.shape) as (keyof SignupAdminInput)[];

/**
 * « Logo de la structure », optional. Only the size can be judged synchronously here; the content
 * (PNG, JPEG or WebP by its bytes) is checked with lib/core/validation/files `checkLogo` on both sides.
 * A file input left empty submits a nameless empty File: that means no logo.
 */
export const logoFileSchema = z
  .union([z.instanceof(File), z.literal("")])
  .optional()
  .transform((file) => (file instanceof File && (file.size > 0 || file.name !== "") ? file : undefined))
  .refine((file) => !file || file.size <= LOGO_MAX_BYTES, { error: LOGO_SIZE_MESSAGE })
  .refine((file) => !file || file.size > 0, { error: LOGO_TYPE_MESSAGE });

/** What the server receives at « Suivant » (step 1 with its logo). */
export const signupStepOneRequestSchema = signupStructureSchema.extend({ logo: logoFileSchema });

/** What the server receives at « ✓ Enregistrer »: both steps and the logo, flat as FormData carries them. */
export const signupRequestSchema = signupStructureSchema.extend({ ...signupAdminSchema.shape, logo: logoFileSchema });
export type SignupRequestValues = z.output<typeof signupRequestSchema>;

/** Refusing a request (« Refuser »): the reason is emailed to the requester. */
export const refuseSignupSchema = z.object({
  requestId: z.uuid({ error: "Demande introuvable" }),
  reason: requiredText("Motif du refus", 2000),
});

export const acceptSignupSchema = z.object({ requestId: z.uuid({ error: "Demande introuvable" }) });

/** « Île-de-France », « Grand Est et Île-de-France », « Bretagne, Grand Est et Île-de-France ». */
export function regionList(regions: readonly { name: string }[]): string {
  const names = regions.map((region) => region.name);
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} et ${names.at(-1)}`;
}

/**
 * Next to « Commune » when it lies in a région the platform does not serve (no admin there would
 * read the request): which régions it serves, and whom to turn to instead. Shown by the commune
 * list and returned by the server alike.
 */
export function outsideServedRegionsMessage(regions: readonly { name: string }[]): string {
  const served =
    regions.length === 0 ? "" : ` La plateforme accueille les structures ${regions.length > 1 ? "des régions" : "de la région"} ${regionList(regions)}.`;
  return `Cette commune est hors des régions de la plateforme.${served} Pour une structure située ailleurs, adressez-vous à l'Agence régionale de santé (ARS) de votre région.`;
}
