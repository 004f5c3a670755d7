import { z } from "zod";
import { referenceIdSchema } from "@/lib/availability/schemas";
import { emailSchema, REQUIRED_MESSAGE, requiredText } from "@/lib/core/validation/common";
import { phoneSchema } from "@/lib/core/validation/phone";

/**
 * « Établissements de formation » (docs/produit.md#disponibilites-et-calendrier, #pouvoirs-de-lars), managed by the regional admin. Client-safe: that
 * the type is an INSTITUTION_TYPE item and the département is in the admin's région is checked on
 * the server (lib/institutions/manage.ts), as is the email being free on the whole platform.
 */
const uuid = (what: string) => z.string({ error: `${what} introuvable` }).uuid({ error: `${what} introuvable` });

export const institutionSchema = z.object({
  name: requiredText("Nom de l'établissement", 200),
  typeId: referenceIdSchema,
  departmentCode: z
    .string({ error: REQUIRED_MESSAGE })
    .trim()
    .toUpperCase()
    .min(1, { error: REQUIRED_MESSAGE, abort: true })
    .regex(/^(?:\d{2,3}|2[AB])$/, { error: "Choisissez un département de votre région" }),
});
export type InstitutionInput = z.input<typeof institutionSchema>;
export type InstitutionValues = z.output<typeof institutionSchema>;

export const updateInstitutionSchema = z.intersection(institutionSchema, z.object({ institutionId: uuid("Établissement") }));
export const institutionRefSchema = z.object({ institutionId: uuid("Établissement") });

/** « Nouvel utilisateur » of an institution: no password, an activation link by email (docs/produit.md#inscription-dun-offreur, #comptes-et-securite). */
export const institutionUserSchema = z.object({
  institutionId: uuid("Établissement"),
  firstName: requiredText("Prénom", 100),
  lastName: requiredText("Nom", 100),
  email: emailSchema,
  jobTitle: requiredText("Fonction", 150),
  phone: phoneSchema,
});
export type InstitutionUserInput = z.input<typeof institutionUserSchema>;
export type InstitutionUserValues = z.output<typeof institutionUserSchema>;

export const institutionUserRefSchema = z.object({ userId: uuid("Utilisateur") });
