import { randomInt } from "node:crypto";

export const RECOVERY_CODE_COUNT = 10;
// No 0/O, 1/I/L: read from paper and typed again.
const ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
const LENGTH = 10;

/** « 7KQ4M-X9D2P »: 10 characters of 31 (about 50 bits), enough against guessing under the limiter. */
export function newRecoveryCode(): string {
  let code = "";
  for (let i = 0; i < LENGTH; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
}

/** What is hashed and compared: capitals, without spaces or dashes (« 7kq4m x9d2p » is the same code). */
export function normaliseRecoveryCode(code: string): string | null {
  const compact = code.replace(/[\s-]/g, "").toUpperCase();
  return compact.length === LENGTH && [...compact].every((c) => ALPHABET.includes(c)) ? compact : null;
}
