/**
 * What specs and the e2e server share about the test providers of e2e/support/oidc-provider.ts:
 * their ports and clients, the app's environment that points at them, and registerIdentity.
 */
import { generateKeyPairSync } from "node:crypto";
import type { JWK } from "jose";
import { E2E } from "./config";

export type TestIdentity = {
  sub: string;
  claims: Record<string, unknown>;
  acr?: string;
  amr?: string[];
  /** A forged answer: the ID token's signature or nonce, or the encrypted userinfo's key or inner signature (Pro Santé Connect). */
  tamper?: "signature" | "nonce" | "userinfo-key" | "userinfo-signature";
};

// Ports 1000 and 2000 above the app's: engineers on neighbouring E2E_PORTs (3105, 3106) never collide.
export const OIDC_TEST = {
  proconnect: { port: E2E.port + 1000, slug: "proconnect", clientId: "sses-e2e-proconnect", clientSecret: "proconnect-e2e-secret-0123456789" },
  proSanteConnect: { port: E2E.port + 2000, slug: "pro-sante-connect", clientId: "sses-e2e-psc", clientSecret: "psc-e2e-secret-0123456789abcdef" },
  issuer(port: number) {
    return `http://127.0.0.1:${port}`;
  },
};

let encryptionKey: { privateJwk: JWK; publicJwk: JWK } | undefined;

/**
 * The app's decryption key, made for this run (no key in the repo): the app gets the private half
 * (OIDC_DECRYPTION_KEY), the Pro Santé Connect stand-in the public half, to encrypt its userinfo answers.
 */
export function testEncryptionKey(): { privateJwk: JWK; publicJwk: JWK } {
  if (!encryptionKey) {
    const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const tag = { kid: "sses-e2e-enc", alg: "RSA-OAEP-256", use: "enc" };
    encryptionKey = {
      privateJwk: { ...(privateKey.export({ format: "jwk" }) as JWK), ...tag },
      publicJwk: { ...(publicKey.export({ format: "jwk" }) as JWK), ...tag },
    };
  }
  return encryptionKey;
}

/** The environment of the app under test: both services configured against the local providers. */
export function oidcTestEnvironment(): Record<string, string> {
  const { proconnect: pc, proSanteConnect: psc } = OIDC_TEST;
  return {
    OIDC_DECRYPTION_KEY: JSON.stringify(testEncryptionKey().privateJwk),
    PROCONNECT_ISSUER: OIDC_TEST.issuer(pc.port),
    PROCONNECT_CLIENT_ID: pc.clientId,
    PROCONNECT_CLIENT_SECRET: pc.clientSecret,
    PRO_SANTE_CONNECT_ISSUER: OIDC_TEST.issuer(psc.port),
    PRO_SANTE_CONNECT_CLIENT_ID: psc.clientId,
    PRO_SANTE_CONNECT_CLIENT_SECRET: psc.clientSecret,
  };
}

/** From a spec: the identity the next login with `sub` at that provider signs on as. */
export async function registerIdentity(service: "proconnect" | "proSanteConnect", identity: TestIdentity): Promise<void> {
  const response = await fetch(`${OIDC_TEST.issuer(OIDC_TEST[service].port)}/__test/identities`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(identity),
  });
  if (!response.ok) throw new Error(`test provider refused the identity: ${response.status}`);
}
