import { isValidSiren } from "@/lib/core/validation/siren";

/** Luhn check digit for a payload whose last digit will be followed by the check digit. */
function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i++) {
    let digit = Number(payload[payload.length - 1 - i]);
    // Counting from the check digit (position 0), every second digit is doubled.
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The demo SIRENs are fictional: eight chosen digits plus the computed Luhn check digit, so that
 * they pass the platform's validation (docs/produit.md#inscription-dun-offreur) without copying any real company's number.
 */
export function sirenFrom(base: string): string {
  if (!/^\d{8}$/.test(base)) throw new Error(`Base de SIREN invalide : ${base}`);
  const siren = `${base}${luhnCheckDigit(base)}`;
  if (!isValidSiren(siren)) throw new Error(`SIREN calculé refusé par la validation : ${siren}`);
  return siren;
}
