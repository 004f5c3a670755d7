import { z } from "zod";

/**
 * French telephone numbers (ARCEP numbering plan): ten digits starting with 0 and a
 * non-zero digit, mainland (01–05, 06–07 mobiles, 08, 09) and overseas departments
 * alike (0262 / 0692 La Réunion, 0269 / 0639 Mayotte, 0590 / 0690 Guadeloupe,
 * 0594 / 0694 Guyane, 0596 / 0696 Martinique), which are part of the same plan.
 *
 * Stored form: `+33` followed by the nine national digits, for every number of the
 * plan, DOM included. It is a storage key that formats back to what users know
 * (« 02 62 12 34 56 »); for an overseas number it is not the E.164 dialling form
 * (+262 262 …), see `toE164` if calls or SMS are ever made.
 */
export const PHONE_MESSAGE = "Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89";

// Overseas country codes and the national prefixes (after the 0) they carry.
const OVERSEAS_CODES: Record<string, readonly string[]> = {
  "262": ["262", "263", "692", "693", "269", "639"],
  "590": ["590", "690", "691"],
  "594": ["594", "694"],
  "596": ["596", "696", "697"],
};

const SEPARATORS = /[\s\u00a0\u202f.\-/]/g;

/** Returns `+33XXXXXXXXX`, or null when the input is not a French number. */
export function normalizePhone(input: string): string | null {
  if (typeof input !== "string" || input.length > 40) return null;
  // « +33 (0)1 23 45 67 89 » is a common way to print numbers for foreign readers.
  const compact = input.trim().replace(/\(0\)/g, "").replace(/[()]/g, "").replace(SEPARATORS, "");
  const international = /^(?:\+|00)(\d+)$/.exec(compact)?.[1];
  let national: string;
  if (international) {
    const digits = international;
    const code = digits.slice(0, 3);
    if (digits.startsWith("33")) {
      national = digits.slice(2);
      if (national.length === 10 && national.startsWith("0")) national = national.slice(1);
    } else if (OVERSEAS_CODES[code] && digits.length === 12 && OVERSEAS_CODES[code].includes(digits.slice(3, 6))) {
      national = digits.slice(3);
    } else {
      return null;
    }
    if (!/^[1-9]\d{8}$/.test(national)) return null;
  } else {
    if (!/^0[1-9]\d{8}$/.test(compact)) return null;
    national = compact.slice(1);
  }
  return `+33${national}`;
}

export function isValidPhone(input: string): boolean {
  return normalizePhone(input) !== null;
}

/** « 01 23 45 67 89 » from the stored form (or from anything `normalizePhone` accepts); other input is returned as is. */
export function formatPhone(value: string): string {
  const normalized = normalizePhone(value);
  if (!normalized) return value;
  return `0${normalized.slice(3)}`.replace(/(\d{2})(?=\d)/g, "$1 ");
}

/** The E.164 dialling form: overseas numbers take their own country code. */
export function toE164(value: string): string | null {
  const normalized = normalizePhone(value);
  if (!normalized) return null;
  const prefix = normalized.slice(3, 6);
  for (const [code, prefixes] of Object.entries(OVERSEAS_CODES)) {
    if (prefixes.includes(prefix)) return `+${code}${normalized.slice(3)}`;
  }
  return normalized;
}

/** Required French phone number; outputs the `+33XXXXXXXXX` form. */
export const phoneSchema = z
  .string({ error: "Ce champ est obligatoire" })
  .trim()
  .min(1, { error: "Ce champ est obligatoire", abort: true })
  .transform((value, ctx) => {
    const normalized = normalizePhone(value);
    if (normalized) return normalized;
    ctx.issues.push({ code: "custom", message: PHONE_MESSAGE, input: value });
    return z.NEVER;
  });

/** Optional French phone number: empty gives null, anything else must be valid. */
export const optionalPhoneSchema = z
  .string({ error: PHONE_MESSAGE })
  .trim()
  .transform((value, ctx) => {
    if (value === "") return null;
    const normalized = normalizePhone(value);
    if (normalized) return normalized;
    ctx.issues.push({ code: "custom", message: PHONE_MESSAGE, input: value });
    return z.NEVER;
  })
  .optional()
  .transform((value) => value ?? null);
