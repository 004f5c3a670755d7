import { z } from "zod";
import { emailSchema } from "@/lib/core/validation/common";
import { newPasswordSchema, type PasswordContext } from "@/lib/core/validation/password";

/**
 * Forms of the password flows (docs/produit.md#comptes-et-securite), shared by the browser and the server actions. The rules
 * depend on who chooses (16 characters for regional admins, never the email): the page passes that
 * context to the form, the server recomputes it from the account.
 */
export const TERMS_MESSAGE = "Vous devez accepter les conditions générales d'utilisation";
export const CURRENT_PASSWORD_MESSAGE = "Le mot de passe actuel est incorrect";
export const SAME_PASSWORD_MESSAGE = "Choisissez un mot de passe différent du mot de passe temporaire";
/** The one answer of « Mot de passe oublié ? », whether or not the account exists. */
export const LINK_SENT_MESSAGE = "Si un compte existe pour cette adresse, un email vient de lui être envoyé.";
export const INVALID_LINK_MESSAGE = "Ce lien n'est plus valide : il a déjà servi ou il a expiré.";

export const requestLinkSchema = z.object({ email: emailSchema });

// Bounded, so that a megabyte of input costs nothing to refuse; the real rules come after.
const MAX_TYPED = 1000;
const typedPassword = z.string({ error: "Ce champ est obligatoire" }).max(MAX_TYPED, { error: "Ce mot de passe est trop long" });
// The form sends a boolean, a plain form "on": anything else (false, missing) is a refusal.
export const termsAccepted = z
  .unknown()
  .refine((value) => value === true || value === "on" || value === "true", { error: TERMS_MESSAGE })
  .transform(() => true as const);

/** New password + confirmation with the rules of docs/produit.md#comptes-et-securite, each error on its own field. */
export function choosePasswordSchema(context: PasswordContext, { requireTerms }: { requireTerms: boolean }) {
  const rules = newPasswordSchema(context);
  return z
    .object({
      password: typedPassword,
      confirmation: typedPassword,
      acceptTerms: requireTerms ? termsAccepted : z.unknown().optional(),
    })
    .superRefine((value, ctx) => {
      // Already refused as too long: the rules would only spend time on it.
      if (typeof value.password !== "string" || value.password.length > MAX_TYPED || value.confirmation?.length > MAX_TYPED) return;
      const checked = rules.safeParse({ password: value.password, confirmation: value.confirmation });
      if (checked.success) return;
      for (const issue of checked.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    });
}

/** What the activation and reset forms send; the rules are applied once the account is known. */
export const tokenPasswordSchema = z.object({
  token: z.string().max(200),
  password: typedPassword,
  confirmation: typedPassword,
  acceptTerms: z.unknown().optional(),
});
export type TokenPasswordInput = z.input<typeof tokenPasswordSchema>;

/** « Nouveau mot de passe » after a temporary one. */
export const changeTemporaryPasswordSchema = z.object({
  currentPassword: z.string({ error: "Ce champ est obligatoire" }).min(1, { error: "Ce champ est obligatoire" }).max(1000),
  password: typedPassword,
  confirmation: typedPassword,
  /** Required (by the server, which knows the account) when the CGU in force were not accepted yet. */
  acceptTerms: z.unknown().optional(),
});
export type ChangeTemporaryPasswordInput = z.input<typeof changeTemporaryPasswordSchema>;
