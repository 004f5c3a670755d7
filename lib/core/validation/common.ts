import { z } from "zod";
import { isDateString } from "@/lib/core/dates/paris";

/**
 * Building blocks shared by forms (client) and server actions: the same schema
 * validates both sides (one zod schema per form: docs/architecture.md#la-porte-unique). Every message
 * is French and placed next to its field, so none of zod's English defaults leaks.
 */
export const REQUIRED_MESSAGE = "Ce champ est obligatoire";
export const EMAIL_MESSAGE = "Saisissez une adresse email valide, par exemple nom@exemple.fr";
export const POSTAL_CODE_MESSAGE = "Saisissez un code postal à 5 chiffres, par exemple 75001";
export const DATE_MESSAGE = "Saisissez une date valide";

export function maxLengthMessage(max: number): string {
  return `${max.toLocaleString("fr-FR")} caractères maximum`;
}

// C0/C1 control characters (tab and line feed kept for multi-line fields) and the
// bidirectional overrides used to disguise text (« Trojan Source », CVE-2021-42574).
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Browsers submit textarea line breaks as CRLF while the live counter counted one
 * character: normalising first keeps the server's limit equal to the one shown.
 * NFC so that « é » typed on macOS (decomposed) equals « é » typed elsewhere.
 */
export function cleanText(value: string): string {
  return value.replace(/\r\n?/g, "\n").replace(CONTROL_CHARACTERS, "").normalize("NFC").trim();
}

/**
 * A required free-text field. `label` is kept as the schema's title (for an error
 * summary at the top of a form); the message itself stays next to the field.
 */
export function requiredText(label: string, max = 255) {
  return z
    .string({ error: REQUIRED_MESSAGE })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: REQUIRED_MESSAGE })
        .max(max, { error: maxLengthMessage(max) }),
    )
    .meta({ title: label });
}

/** An optional free-text field: empty (or missing) gives null, so an update can clear it. */
export function optionalText(max = 255) {
  return z
    .string({ error: REQUIRED_MESSAGE })
    .optional()
    .nullable()
    .transform((value) => (value == null ? "" : cleanText(value)))
    .pipe(z.string().max(max, { error: maxLengthMessage(max) }))
    .transform((value) => (value === "" ? null : value));
}

/**
 * The login: one account per address on the whole platform (docs/produit.md#inscription-dun-offreur), so it is
 * compared lowercased. 254 is the longest address SMTP can carry (RFC 5321 path limit).
 */
export const emailSchema = z
  .string({ error: REQUIRED_MESSAGE })
  .trim()
  .toLowerCase()
  .min(1, { error: REQUIRED_MESSAGE, abort: true })
  .max(254, { error: maxLengthMessage(254), abort: true })
  .pipe(z.email({ error: EMAIL_MESSAGE }));

/** An optional email (a referent's, say): empty gives null. */
export const optionalEmailSchema = z
  .string({ error: EMAIL_MESSAGE })
  .optional()
  .nullable()
  .transform((value) => (value ?? "").trim().toLowerCase())
  .pipe(
    z.union([
      z.literal(""),
      z
        .string()
        .max(254, { error: maxLengthMessage(254) })
        .pipe(z.email({ error: EMAIL_MESSAGE })),
    ]),
  )
  .transform((value) => (value === "" ? null : value));

/**
 * French postal codes: 5 digits, 01xxx to 98xxx (Corsica is 20xxx, overseas 97xxx and 98xxx).
 * Whether it exists is checked against the official data with `getCommune`.
 */
export const postalCodeSchema = z
  .string({ error: REQUIRED_MESSAGE })
  .transform((value) => value.replace(/[\s\u00a0\u202f]/g, ""))
  .pipe(
    z
      .string()
      .min(1, { error: REQUIRED_MESSAGE, abort: true })
      .regex(/^(?:0[1-9]|[1-8]\d|9[0-8])\d{3}$/, { error: POSTAL_CODE_MESSAGE }),
  );

/** A calendar day `YYYY-MM-DD` (what `<input type="date">` submits), checked to exist. */
export const isoDateSchema = z.string({ error: DATE_MESSAGE }).trim().refine(isDateString, { error: DATE_MESSAGE });
