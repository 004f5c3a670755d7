import { z } from "zod";
import type { Permission } from "@/db/schema/enums";
import { emailSchema, optionalText, requiredText } from "@/lib/core/validation/common";
import { checkPassword, PASSWORD_MISMATCH_MESSAGE } from "@/lib/core/validation/password";
import { optionalPhoneSchema, phoneSchema } from "@/lib/core/validation/phone";
import { termsAccepted } from "@/lib/passwords/schemas";

/**
 * « Utilisateurs » and « Mon profil » (docs/produit.md#espace-offreur, #comptes-et-securite; guide IDF ch. 7 and 8): the same schemas validate the
 * forms in the browser and the server actions. Client-safe. What needs the database (the email free
 * on the whole platform, the target user in the caller's structure, the last active ADMIN) is
 * checked in lib/users/manage.ts and lib/users/profile.ts.
 */
/** The guide's order on the « Nouvel utilisateur » screen; every value of the `permission` enum (checked by a test). */
export const PERMISSION_ORDER = ["CONSULTATION", "GESTIONNAIRE", "ADMIN", "VALIDEUR"] as const satisfies readonly Permission[];
const PERMISSIONS: readonly string[] = PERMISSION_ORDER;

export const PERMISSIONS_REQUIRED_MESSAGE = "Choisissez au moins une permission";
export const UNKNOWN_PERMISSION_MESSAGE = "Cette permission n'existe pas : choisissez parmi celles proposées";
export const PASSWORD_REQUIRED_MESSAGE = "Ce champ est obligatoire";

const uuid = (what: string) => z.string({ error: `${what} introuvable` }).uuid({ error: `${what} introuvable` });

// A checkbox group arrives as an array (react-hook-form, FormData with several values), one string
// (FormData with one value) or nothing / false (none ticked).
function asList(value: unknown): unknown {
  if (value === undefined || value === null || value === false || value === "") return [];
  return Array.isArray(value) ? value : [value];
}

/** Cumulative permissions, at least one; a forged value is refused (not dropped), in the guide's order. */
export const permissionsSchema = z.preprocess(
  asList,
  z
    .array(z.unknown(), { error: UNKNOWN_PERMISSION_MESSAGE })
    .superRefine((values, ctx) => {
      if (values.length > PERMISSIONS.length * 2 || values.some((value) => typeof value !== "string" || !PERMISSIONS.includes(value))) {
        ctx.addIssue({ code: "custom", message: UNKNOWN_PERMISSION_MESSAGE });
      } else if (values.length === 0) {
        ctx.addIssue({ code: "custom", message: PERMISSIONS_REQUIRED_MESSAGE });
      }
    })
    .transform((values): Permission[] => PERMISSION_ORDER.filter((p) => values.includes(p))),
);

/** A checkbox: `true` from react-hook-form, "on" from a plain form, absent when unticked. */
export const checkboxSchema = z
  .union([z.boolean(), z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
  .optional()
  .transform((value) => value === true || value === "on" || value === "true");

// Bounded, so that a megabyte of input costs nothing to refuse; the policy comes after. Never trimmed.
const typedPassword = z.string({ error: PASSWORD_REQUIRED_MESSAGE }).max(1000, { error: "Ce mot de passe est trop long" });

type PasswordPair = { password?: unknown; confirmation?: unknown; email?: unknown };

/**
 * The password policy (docs/produit.md#comptes-et-securite) on `password` and the match on `confirmation`, run even when other fields
 * are wrong (`when`), so that every error shows at once. The email typed in the same form is the
 * context: a password containing the new user's address is refused.
 */
function addPasswordIssues(value: PasswordPair, ctx: z.RefinementCtx, { optional }: { optional: boolean }) {
  const password = typeof value.password === "string" ? value.password : "";
  const confirmation = typeof value.confirmation === "string" ? value.confirmation : "";
  if (optional && password === "" && confirmation === "") return;
  if (password === "") {
    ctx.addIssue({ code: "custom", path: ["password"], message: PASSWORD_REQUIRED_MESSAGE });
  } else {
    const email = typeof value.email === "string" ? value.email : undefined;
    for (const issue of checkPassword(password, { email })) ctx.addIssue({ code: "custom", path: ["password"], message: issue.message });
  }
  if (confirmation !== password) ctx.addIssue({ code: "custom", path: ["confirmation"], message: PASSWORD_MISMATCH_MESSAGE });
}

const always = { when: () => true };

/** What « Nouvel utilisateur » and « Modifier » both set. */
const accountFields = {
  email: emailSchema,
  permissions: permissionsSchema,
  jobTitle: requiredText("Fonction", 150),
  phone: phoneSchema,
  active: checkboxSchema,
};

/** « Nouvel utilisateur » (guide IDF, « Utilisateurs » 2/2). */
export const createUserSchema = z
  .object({
    firstName: requiredText("Prénom", 100),
    lastName: requiredText("Nom", 100),
    password: typedPassword,
    confirmation: typedPassword,
    ...accountFields,
  })
  .superRefine((value, ctx) => addPasswordIssues(value, ctx, { optional: false }), always);
export type CreateUserInput = z.input<typeof createUserSchema>;
export type CreateUserValues = z.output<typeof createUserSchema>;

/**
 * « Modifier » a user: everything but the first and last name (guide IDF « Modifier un utilisateur »).
 * Unknown keys are stripped, so a forged `firstName` never reaches the database. An empty password
 * keeps the current one.
 */
export const updateUserSchema = z
  .object({
    userId: uuid("Utilisateur"),
    password: typedPassword.optional().default(""),
    confirmation: typedPassword.optional().default(""),
    ...accountFields,
  })
  .superRefine((value, ctx) => addPasswordIssues(value, ctx, { optional: true }), always);
export type UpdateUserInput = z.input<typeof updateUserSchema>;
export type UpdateUserValues = z.output<typeof updateUserSchema>;

/** « Geler » / « Dégeler » from the list. */
export const setUserFrozenSchema = z.object({ userId: uuid("Utilisateur"), frozen: checkboxSchema });

/** « Supprimer » a user (the structure's ADMIN, or the ARS for a structure's or an institution's user). */
export const userRefSchema = z.object({ userId: uuid("Utilisateur") });

/** The ARS's « Nouvel utilisateur » of a structure: no password, an activation link by email. */
export const createMemberSchema = z.object({
  structureId: uuid("Structure"),
  firstName: requiredText("Prénom", 100),
  lastName: requiredText("Nom", 100),
  email: emailSchema,
  permissions: permissionsSchema,
  jobTitle: requiredText("Fonction", 150),
  phone: phoneSchema,
});
export type CreateMemberInput = z.input<typeof createMemberSchema>;
export type CreateMemberValues = z.output<typeof createMemberSchema>;

/** The ARS's « Modifier l'email ». */
export const changeMemberEmailSchema = z.object({ userId: uuid("Utilisateur"), email: emailSchema });
export type ChangeMemberEmailInput = z.input<typeof changeMemberEmailSchema>;

/** The ARS gives or takes « Administrateur offreur ». */
export const setMemberAdminSchema = z.object({ userId: uuid("Utilisateur"), admin: checkboxSchema });

/** « Mon profil » — « Mes coordonnées »: optional, since regional admins and institution users may have none. */
export const profileDetailsSchema = z.object({
  jobTitle: optionalText(150),
  phone: optionalPhoneSchema,
});
export type ProfileDetailsInput = z.input<typeof profileDetailsSchema>;

/** « Mon profil » — « Changer mon mot de passe »: the rules depend on the account, applied by the server. */
export const changeOwnPasswordSchema = z.object({
  currentPassword: z.string({ error: PASSWORD_REQUIRED_MESSAGE }).min(1, { error: PASSWORD_REQUIRED_MESSAGE }).max(1000),
  password: typedPassword,
  confirmation: typedPassword,
});
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;

export const SAME_PASSWORD_MESSAGE = "Choisissez un mot de passe différent de l'actuel";

/** « Nouvelles conditions d'utilisation » (/cgu/accepter): the box ticked, nothing else. */
export const acceptTermsSchema = z.object({ acceptTerms: termsAccepted });
export type AcceptTermsInput = z.input<typeof acceptTermsSchema>;
