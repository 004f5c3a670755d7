import { z } from "zod";

/**
 * SIREN (INSEE company number): 9 digits whose Luhn checksum is a multiple of 10.
 * La Poste's SIREN 356000000 fails Luhn; INSEE documents it as the one exception.
 */
export const LA_POSTE_SIREN = "356000000";

export const SIREN_MESSAGES = {
  required: "Ce champ est obligatoire",
  format: "Le SIREN doit comporter 9 chiffres",
  checksum: "Ce numéro SIREN n'est pas valide (clé de contrôle)",
} as const;

// Users paste SIRENs as printed on Kbis and invoices: « 732 829 320 », sometimes with non-breaking spaces.
const SEPARATORS = /[\s\u00a0\u202f.]/g;

export function normalizeSiren(value: string): string {
  return value.replace(SEPARATORS, "");
}

function luhnSum(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum;
}

function hasValidKey(siren: string): boolean {
  return siren === LA_POSTE_SIREN || luhnSum(siren) % 10 === 0;
}

export function isValidSiren(value: string): boolean {
  const siren = normalizeSiren(value);
  return /^\d{9}$/.test(siren) && hasValidKey(siren);
}

/** Trims, strips spaces, then checks length and key; outputs the 9 digits. */
export const sirenSchema = z
  .string({ error: SIREN_MESSAGES.required })
  .transform(normalizeSiren)
  .pipe(
    z
      .string()
      .min(1, { error: SIREN_MESSAGES.required, abort: true })
      .regex(/^\d{9}$/, { error: SIREN_MESSAGES.format, abort: true })
      .refine(hasValidKey, { error: SIREN_MESSAGES.checksum }),
  );
