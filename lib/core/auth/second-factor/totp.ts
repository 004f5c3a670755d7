import { generateSecret, generateURI, verify } from "otplib";

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
/** One step either side, for a phone whose clock is a little off (RFC 6238 §5.2). */
const TOLERANCE_SECONDS = TOTP_PERIOD_SECONDS;

export const TOTP_ISSUER = "Service sanitaire";

export function newTotpSecret(): string {
  return generateSecret();
}

/** What the QR code holds: the app shows the issuer and the account's email. */
export function totpUri(secret: string, email: string): string {
  return generateURI({ issuer: TOTP_ISSUER, label: email, secret });
}

/** « ABCD EFGH … »: the secret in groups of four, for people who type it into their app. */
export function groupedSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, "$1 ");
}

/** Spaces and dashes people type are ignored; anything else than 6 digits is not a TOTP code. */
export function normaliseTotpCode(code: string): string | null {
  const digits = code.replace(/[\s-]/g, "");
  return /^\d{6}$/.test(digits) ? digits : null;
}

/**
 * The time step the code belongs to, or null. A code of `afterTimeStep` or earlier is refused: each
 * step's code is accepted once, so a code read over a shoulder or replayed is worth nothing.
 */
export async function totpTimeStep(secret: string, code: string, afterTimeStep: number | null, now: Date): Promise<number | null> {
  const token = normaliseTotpCode(code);
  if (!token) return null;
  const result = await verify({
    secret,
    token,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOLERANCE_SECONDS,
    ...(afterTimeStep === null ? {} : { afterTimeStep }),
  });
  // otplib's functional verify answers HOTP's or TOTP's result type; a TOTP result carries its step.
  return result.valid && "timeStep" in result ? result.timeStep : null;
}
