import { z } from "zod";

/** The login form (« Connexion »): shared by the form and the server (Auth.js authorize). */
export const loginSchema = z.object({
  email: z
    .string({ error: "Saisissez votre adresse email" })
    .trim()
    .min(1, "Saisissez votre adresse email")
    .max(254, "Cette adresse email est trop longue")
    .pipe(z.email({ error: "Saisissez une adresse email valide, par exemple nom@exemple.fr" }))
    .transform((email) => email.toLowerCase()),
  // Never truncated, but bounded so that a 10 kB input costs nothing to refuse (docs/produit.md#comptes-et-securite: 128 at most).
  password: z
    .string({ error: "Saisissez votre mot de passe" })
    .min(1, "Saisissez votre mot de passe")
    .max(128, "Ce mot de passe est trop long (128 caractères au maximum)"),
  remember: z
    .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((value) => value === true || value === "on" || value === "true"),
});

export type LoginInput = z.input<typeof loginSchema>;

/** One message for an unknown email and a wrong password (no enumeration); a frozen account with the right password is told why (frozen-message.ts). */
export const INVALID_CREDENTIALS = "Adresse email ou mot de passe incorrect.";
