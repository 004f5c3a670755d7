import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { newRecoveryCodes, normaliseRecoveryCode, RECOVERY_CODE_COUNT } from "./recovery-codes";
import { groupedSecret, newTotpSecret, normaliseTotpCode, TOTP_PERIOD_SECONDS, totpTimeStep, totpUri } from "./totp";

describe("codes of the app (RFC 6238)", () => {
  it("reads 6 digits with the spaces people type, and nothing else", () => {
    expect(normaliseTotpCode(" 123 456 ")).toBe("123456");
    expect(normaliseTotpCode("123-456")).toBe("123456");
    for (const bad of ["12345", "1234567", "abcdef", ""]) expect(normaliseTotpCode(bad)).toBeNull();
  });

  it("accepts the previous and the next step for a phone a little off, not two steps away, and says which step", async () => {
    const secret = newTotpSecret();
    const now = new Date("2026-12-06T10:00:10Z");
    const step = Math.floor(now.getTime() / 1000 / TOTP_PERIOD_SECONDS);
    const at = (steps: number) => generate({ secret, epoch: Math.floor(now.getTime() / 1000) + steps * TOTP_PERIOD_SECONDS });
    expect(await totpTimeStep(secret, await at(0), null, now)).toBe(step);
    expect(await totpTimeStep(secret, await at(-1), null, now)).toBe(step - 1);
    expect(await totpTimeStep(secret, await at(1), null, now)).toBe(step + 1);
    expect(await totpTimeStep(secret, await at(2), null, now)).toBeNull();
    expect(await totpTimeStep(secret, await at(-2), null, now)).toBeNull();
    // A step already used is refused.
    expect(await totpTimeStep(secret, await at(0), step, now)).toBeNull();
  });

  it("shows the secret in groups of four and puts it in the otpauth URI with the issuer", () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(groupedSecret(secret).split(" ")).toHaveLength(8);
    const uri = new URL(totpUri(secret, "claire@ars.fr"));
    expect(uri.protocol).toBe("otpauth:");
    expect(uri.searchParams.get("secret")).toBe(secret);
    expect(uri.searchParams.get("issuer")).toBe("Service sanitaire");
  });
});

describe("recovery codes", () => {
  it("issues ten distinct codes that read back whatever the case, spaces and dash", () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) {
      expect(code).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
      expect(normaliseRecoveryCode(` ${code.toLowerCase().replace("-", " ")} `)).toBe(code.replace("-", ""));
    }
    for (const bad of ["ABCDE-FGHJ", "ABCDE-FGHJK1", "ABCDE-FGHIO", ""]) expect(normaliseRecoveryCode(bad)).toBeNull();
  });
});
