import { z } from "zod";

/** Client-safe: the second-factor forms and their actions share these. */
export const CODE_REQUIRED_MESSAGE = "Saisissez le code à 6 chiffres de votre application, ou un code de secours";

export const secondFactorCodeSchema = z.object({
  code: z.string({ error: CODE_REQUIRED_MESSAGE }).trim().min(1, CODE_REQUIRED_MESSAGE).max(40, "Ce code est trop long : 6 chiffres, ou un code de secours"),
  retour: z.string().max(500).optional(),
});

export const enrolmentCodeSchema = z.object({
  code: z
    .string({ error: "Saisissez le code à 6 chiffres affiché par votre application" })
    .trim()
    .min(1, "Saisissez le code à 6 chiffres affiché par votre application")
    .max(40, "Ce code est trop long : saisissez les 6 chiffres affichés par votre application"),
});

export const currentPasswordSchema = z.object({
  currentPassword: z.string({ error: "Saisissez votre mot de passe" }).min(1, "Saisissez votre mot de passe").max(128, "Ce mot de passe est trop long"),
});

export const noInputSchema = z.object({});

/** A browser's WebAuthn answer, as the JSON @simplewebauthn/browser builds (checked by @simplewebauthn/server). */
export const passkeyResponseSchema = z.object({
  response: z.string({ error: "Réponse de la clé d'accès manquante" }).min(2).max(20_000),
  retour: z.string().max(500).optional(),
});

export const passkeyRefSchema = z.object({ passkeyId: z.string().uuid({ error: "Clé d'accès introuvable" }) });
