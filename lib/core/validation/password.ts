import { z } from "zod";
import { COMMON_PASSWORDS } from "./common-passwords";

/**
 * Password policy (docs/produit.md#comptes-et-securite), after OWASP ASVS 5 V6.2 (a length floor, long passwords
 * accepted and never truncated, common and context-specific words refused, 6.2.5 no
 * composition rules) and NIST SP 800-63B rev. 3 §5.1.1.2 (repeated or sequential
 * characters are as weak as dictionary words). 16 characters for regional admins,
 * whose accounts reach a whole région's data (docs/produit.md#comptes-et-securite).
 * No node-only import: the sign-up and user forms run these checks live.
 */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MIN_LENGTH_REGIONAL_ADMIN = 16;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRuleCode = "min_length" | "max_length" | "not_common" | "no_email" | "no_platform_name";

export type PasswordRule = { code: PasswordRuleCode; label: string };
export type PasswordIssue = { code: PasswordRuleCode; message: string };
export type PasswordContext = { email?: string | null; isRegionalAdmin?: boolean };

export function passwordMinLength(isRegionalAdmin = false): number {
  return isRegionalAdmin ? PASSWORD_MIN_LENGTH_REGIONAL_ADMIN : PASSWORD_MIN_LENGTH;
}

/** The rules to display next to the field, in the order they are checked. */
export function passwordRules(isRegionalAdmin = false): PasswordRule[] {
  return [
    { code: "min_length", label: `Au moins ${passwordMinLength(isRegionalAdmin)} caractères` },
    { code: "max_length", label: `${PASSWORD_MAX_LENGTH} caractères au maximum` },
    { code: "not_common", label: "Pas un mot de passe courant ou trop simple (123456789abc, azertyuiop…)" },
    { code: "no_email", label: "Ne contient pas votre adresse email" },
    { code: "no_platform_name", label: "Ne contient pas le nom de la plateforme (SSES, service sanitaire)" },
  ];
}

const MESSAGES: Record<PasswordRuleCode, (isRegionalAdmin: boolean) => string> = {
  min_length: (admin) => `Le mot de passe doit comporter au moins ${passwordMinLength(admin)} caractères`,
  max_length: () => `Le mot de passe ne doit pas dépasser ${PASSWORD_MAX_LENGTH} caractères`,
  not_common: () => "Ce mot de passe est trop courant ou trop simple : choisissez-en un autre",
  no_email: () => "Le mot de passe ne doit pas contenir votre adresse email",
  no_platform_name: () => "Le mot de passe ne doit pas contenir le nom de la plateforme",
};

/** Lowercase, without accents or separators: « Mot-de-Passe » and « motdepasse » are the same word. */
function fold(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\s._\-'’]+/g, "");
}

/** Lowercase without accents, separators kept (for whole-word checks). */
function lowerPlain(value: string): string {
  return value.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

let foldedCommon: Set<string> | undefined;

// Keyboard rows of the AZERTY and QWERTY layouts read in sequence, the alphabet and the digits.
const RUNS = ["azertyuiopqsdfghjklmwxcvbn", "qwertyuiopasdfghjklzxcvbnm", "abcdefghijklmnopqrstuvwxyz", "1234567890"];

// « P4ssw0rd », « s0l3il »: the usual letter-for-digit swaps, undone before the lookup.
const LEET: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i" };

function unleet(value: string, one: "i" | "l"): string {
  return value.replace(/[013457@$!]/g, (c) => (c === "1" ? one : (LEET[c] ?? c)));
}

function isCommonWord(folded: string): boolean {
  foldedCommon ??= new Set([...COMMON_PASSWORDS].map(fold));
  // « Azerty2024! », « 2024soleil »: a common word dressed with digits or symbols.
  const trailing = folded.replace(/[\p{N}\p{P}\p{S}]+$/u, "");
  const both = trailing.replace(/^[\p{N}\p{P}\p{S}]+/u, "");
  const candidates = [folded, trailing, both, unleet(trailing, "i"), unleet(trailing, "l"), unleet(both, "i"), unleet(both, "l")];
  return candidates.some((candidate) => candidate.length > 0 && foldedCommon!.has(candidate));
}

// True when the string walks along `run` (forwards, wrapping around: « 1234567890123 »).
function walks(folded: string, run: string): boolean {
  const start = folded.length > 0 ? run.indexOf(folded.charAt(0)) : -1;
  if (start < 0) return false;
  for (let i = 1; i < folded.length; i++) {
    if (folded[i] !== run[(start + i) % run.length]) return false;
  }
  return true;
}

function isSequence(folded: string): boolean {
  const reversed = [...folded].reverse().join("");
  return RUNS.some((run) => walks(folded, run) || walks(reversed, run));
}

/** Common words, sequences, repeated characters, or a short or common pattern repeated. */
function isWeak(folded: string): boolean {
  if (new Set(folded).size <= 2 || isCommonWord(folded) || isSequence(folded)) return true;
  for (let period = 1; period <= folded.length / 2; period++) {
    if (folded.length % period === 0 && folded.slice(0, period).repeat(folded.length / period) === folded) {
      return period <= 4 || isWeak(folded.slice(0, period));
    }
  }
  return false;
}

function emailLocalPart(email: string | null | undefined): string {
  if (!email) return "";
  const at = email.lastIndexOf("@");
  return fold(at >= 0 ? email.slice(0, at) : email);
}

/** The unmet rules, empty when the password is acceptable. */
export function checkPassword(password: string, context: PasswordContext = {}): PasswordIssue[] {
  const isRegionalAdmin = context.isRegionalAdmin ?? false;
  const unmet: PasswordRuleCode[] = [];
  // Length in characters (code points), as users count them, not UTF-16 units.
  const length = [...password].length;
  if (length < passwordMinLength(isRegionalAdmin)) unmet.push("min_length");
  if (length > PASSWORD_MAX_LENGTH) unmet.push("max_length");

  const folded = fold(password);
  if (folded.length > 0 && isWeak(folded)) unmet.push("not_common");

  const local = emailLocalPart(context.email);
  if (local.length >= 4 && folded.includes(local)) unmet.push("no_email");

  // « sses » only as a word of its own: French words end in -sses (promesses, caresses).
  const hasAcronym = /(?:^|[^a-z])sses(?:[^a-z]|$)/.test(lowerPlain(password));
  if (hasAcronym || folded.includes("servicesanitaire")) unmet.push("no_platform_name");

  return unmet.map((code) => ({ code, message: MESSAGES[code](isRegionalAdmin) }));
}

export function isPasswordAcceptable(password: string, context: PasswordContext = {}): boolean {
  return checkPassword(password, context).length === 0;
}

export const PASSWORD_MISMATCH_MESSAGE = "Les deux mots de passe ne correspondent pas";

/**
 * `{ password, confirmation }` with errors on their own fields. Never trimmed:
 * a space is a character the user chose.
 */
export function newPasswordSchema(context: PasswordContext = {}) {
  return z
    .object({
      password: z.string({ error: "Ce champ est obligatoire" }),
      confirmation: z.string({ error: "Ce champ est obligatoire" }),
    })
    .superRefine(({ password, confirmation }, ctx) => {
      if (password === "") {
        ctx.addIssue({ code: "custom", path: ["password"], message: "Ce champ est obligatoire" });
      } else {
        for (const issue of checkPassword(password, context)) {
          ctx.addIssue({ code: "custom", path: ["password"], message: issue.message, params: { rule: issue.code } });
        }
      }
      if (confirmation !== password) {
        ctx.addIssue({ code: "custom", path: ["confirmation"], message: PASSWORD_MISMATCH_MESSAGE });
      }
    });
}
