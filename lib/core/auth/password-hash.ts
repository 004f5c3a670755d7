import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP-compliant memory and time costs), ~15 ms a hash here.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Verified against when the email is unknown, so that an unknown account costs the same time
 * as a wrong password (no enumeration by timing).
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash("decoy-password-never-used");
  return decoy;
}
