import "server-only";
import { webcrypto } from "node:crypto";
import type { DecryptionKey } from "openid-client";
import { env } from "@/lib/core/env";

/**
 * The platform's own key for the userinfo answers a service encrypts to it (JWE; Pro Santé Connect
 * can): an RSA private key as a JWK in OIDC_DECRYPTION_KEY (never in the repo), whose public half is
 * declared to the service or read by it at /api/oidc/jwks. RSA-OAEP with SHA-1, 256, 384 or 512, by
 * the JWK's `alg` (RSA-OAEP-256 when absent). Unset: answers are only signed, as ProConnect's are.
 */
type RsaJwk = webcrypto.JsonWebKey & { kid?: string; alg?: string };

const HASHES: Record<string, string> = { "RSA-OAEP": "SHA-1", "RSA-OAEP-256": "SHA-256", "RSA-OAEP-384": "SHA-384", "RSA-OAEP-512": "SHA-512" };

function configuredJwk(): RsaJwk | null {
  const value = env().OIDC_DECRYPTION_KEY;
  if (!value) return null;
  let jwk: RsaJwk;
  try {
    jwk = JSON.parse(value) as RsaJwk;
  } catch {
    throw new Error("OIDC_DECRYPTION_KEY n'est pas une clé JWK (JSON)");
  }
  const alg = jwk.alg ?? "RSA-OAEP-256";
  if (jwk.kty !== "RSA" || !jwk.d || !HASHES[alg]) throw new Error("OIDC_DECRYPTION_KEY doit être une clé privée RSA (RSA-OAEP, RSA-OAEP-256, -384 ou -512)");
  return { ...jwk, alg };
}

/** The private key for openid-client's enableDecryptingResponses, or null when none is configured. */
export async function decryptionKey(): Promise<DecryptionKey | null> {
  const jwk = configuredJwk();
  if (!jwk) return null;
  const { kty, n, e, d, p, q, dp, dq, qi, kid, alg } = jwk;
  // Only the key material: a `use` or `key_ops` that WebCrypto would weigh against « decrypt » is left out.
  const material = { kty, n, e, d, p, q, dp, dq, qi, alg };
  const key = await webcrypto.subtle.importKey("jwk", material, { name: "RSA-OAEP", hash: HASHES[alg!]! }, false, ["decrypt"]);
  return { key: key as unknown as DecryptionKey["key"], alg, ...(kid ? { kid } : {}) };
}

/** The public half, for /api/oidc/jwks (empty when no key is configured). */
export function publicJwks(): { keys: webcrypto.JsonWebKey[] } {
  const jwk = configuredJwk();
  if (!jwk) return { keys: [] };
  const { kty, n, e, kid, alg } = jwk;
  return { keys: [{ kty, n, e, alg, use: "enc", ...(kid ? { kid } : {}) } as webcrypto.JsonWebKey] };
}
