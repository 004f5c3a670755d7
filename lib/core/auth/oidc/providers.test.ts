import { afterEach, describe, expect, it, vi } from "vitest";

// env() parses process.env once per module instance: each case loads the modules afresh.
async function configured(variables: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(variables)) vi.stubEnv(name, value);
  return (await import("./providers")).configuredProviders().map((provider) => provider.name);
}

afterEach(() => vi.unstubAllEnvs());

describe("the buttons of /connexion (docs/produit.md#identites-externes)", () => {
  it("shows none without configuration, as `npm start` and the demo run", async () => {
    expect(await configured({})).toEqual([]);
  });

  it("shows a service only when its issuer, client id and secret are all set", async () => {
    const proconnect = { PROCONNECT_ISSUER: "https://proconnect.example/api/v2", PROCONNECT_CLIENT_ID: "id", PROCONNECT_CLIENT_SECRET: "secret" };
    expect(await configured(proconnect)).toEqual(["ProConnect"]);
    expect(await configured({ ...proconnect, PROCONNECT_CLIENT_SECRET: "" })).toEqual([]);
    expect(
      await configured({
        ...proconnect,
        PRO_SANTE_CONNECT_ISSUER: "https://psc.example/auth/realms/esante-wallet",
        PRO_SANTE_CONNECT_CLIENT_ID: "id",
        PRO_SANTE_CONNECT_CLIENT_SECRET: "secret",
      }),
    ).toEqual(["ProConnect", "Pro Santé Connect"]);
  });
});
