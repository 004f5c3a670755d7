import { generateKeyPairSync, webcrypto } from "node:crypto";
import { afterEach, describe, expect, it, vi } from "vitest";

// env() parses process.env once per module instance: each case loads the module afresh.
async function withKey(value: string) {
  vi.resetModules();
  vi.stubEnv("OIDC_DECRYPTION_KEY", value);
  return import("./decryption-key");
}

const privateJwk = () => ({
  ...(generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey.export({ format: "jwk" }) as { kty: string; n: string; e: string; d: string }),
  alg: "RSA-OAEP-256",
  kid: "sses-test",
});

afterEach(() => vi.unstubAllEnvs());

describe("OIDC_DECRYPTION_KEY (docs/produit.md#identites-externes)", () => {
  it("gives openid-client a private RSA-OAEP-256 key, and /api/oidc/jwks only its public half", async () => {
    const jwk = privateJwk();
    const { decryptionKey, publicJwks } = await withKey(JSON.stringify(jwk));
    const key = await decryptionKey();
    expect(key).toMatchObject({ alg: "RSA-OAEP-256", kid: "sses-test" });
    expect(key?.key.type).toBe("private");
    const { keys } = publicJwks();
    expect(keys).toEqual([{ kty: "RSA", n: jwk.n, e: jwk.e, alg: "RSA-OAEP-256", use: "enc", kid: "sses-test" }]);
    // What the public half encrypts, the configured key decrypts.
    const algorithm = { name: "RSA-OAEP", hash: "SHA-256" };
    const publicKey = await webcrypto.subtle.importKey("jwk", keys[0]!, algorithm, false, ["encrypt"]);
    const sealed = await webcrypto.subtle.encrypt(algorithm, publicKey, new TextEncoder().encode("userinfo"));
    const opened = await webcrypto.subtle.decrypt(algorithm, key!.key as unknown as webcrypto.CryptoKey, sealed);
    expect(new TextDecoder().decode(opened)).toBe("userinfo");
  });

  it("is optional, and refuses in French what is not a private RSA key", async () => {
    const unset = await withKey("");
    expect(await unset.decryptionKey()).toBeNull();
    expect(unset.publicJwks()).toEqual({ keys: [] });
    await expect((await withKey("pas du json")).decryptionKey()).rejects.toThrow("OIDC_DECRYPTION_KEY n'est pas une clé JWK (JSON)");
    const { kty, n, e, alg } = privateJwk();
    await expect((await withKey(JSON.stringify({ kty, n, e, alg }))).decryptionKey()).rejects.toThrow("doit être une clé privée RSA");
  });
});
