/**
 * What specs and the e2e server share about the test providers of e2e/support/oidc-provider.ts:
 * their ports and clients, the app's environment that points at them, and registerIdentity.
 */
import { E2E } from "./config";

export type TestIdentity = {
  sub: string;
  claims: Record<string, unknown>;
  acr?: string;
  amr?: string[];
  tamper?: "signature" | "nonce";
};

// Ports 1000 and 2000 above the app's: engineers on neighbouring E2E_PORTs (3105, 3106) never collide.
export const OIDC_TEST = {
  proconnect: { port: E2E.port + 1000, slug: "proconnect", clientId: "sses-e2e-proconnect", clientSecret: "proconnect-e2e-secret-0123456789" },
  proSanteConnect: { port: E2E.port + 2000, slug: "pro-sante-connect", clientId: "sses-e2e-psc", clientSecret: "psc-e2e-secret-0123456789abcdef" },
  issuer(port: number) {
    return `http://127.0.0.1:${port}`;
  },
};

/** The environment of the app under test: both services configured against the local providers. */
export function oidcTestEnvironment(): Record<string, string> {
  const { proconnect: pc, proSanteConnect: psc } = OIDC_TEST;
  return {
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
