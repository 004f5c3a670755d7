import { describe, expect, it } from "vitest";
import { isValidSiren, LA_POSTE_SIREN, sirenSchema, SIREN_MESSAGES } from "./siren";

function messages(value: unknown): string[] {
  const result = sirenSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("isValidSiren", () => {
  it("accepts SIRENs whose Luhn key is right", () => {
    expect(isValidSiren("732829320")).toBe(true);
    expect(isValidSiren("552100554")).toBe(true);
    expect(isValidSiren("000000000")).toBe(true);
  });

  it("refuses a wrong key", () => {
    expect(isValidSiren("732829321")).toBe(false);
    expect(isValidSiren("552100555")).toBe(false);
  });

  it("accepts La Poste, the documented exception to the Luhn rule", () => {
    expect(isValidSiren(LA_POSTE_SIREN)).toBe(true);
    expect(isValidSiren("356 000 000")).toBe(true);
    expect(isValidSiren("356000001")).toBe(false);
  });

  it("ignores spaces, including non-breaking ones", () => {
    expect(isValidSiren("732 829 320")).toBe(true);
    expect(isValidSiren(" 732\u00a0829\u202f320 ")).toBe(true);
  });

  it("refuses anything but nine digits", () => {
    for (const value of ["", "73282932", "7328293200", "73282932a", "SIREN", "732-829-320x"]) {
      expect(isValidSiren(value), value).toBe(false);
    }
  });
});

describe("sirenSchema", () => {
  it("outputs the nine digits", () => {
    expect(sirenSchema.parse(" 732 829 320 ")).toBe("732829320");
    expect(sirenSchema.parse("356000000")).toBe("356000000");
  });

  it("gives one French message per kind of error", () => {
    expect(messages("12345")).toEqual([SIREN_MESSAGES.format]);
    expect(messages("73282932O")).toEqual([SIREN_MESSAGES.format]);
    expect(messages("732829321")).toEqual([SIREN_MESSAGES.checksum]);
    expect(messages("")).toEqual([SIREN_MESSAGES.required]);
    expect(messages("   ")).toEqual([SIREN_MESSAGES.required]);
    expect(messages(undefined)).toEqual([SIREN_MESSAGES.required]);
  });

  it("uses the messages of the specification", () => {
    expect(SIREN_MESSAGES.format).toBe("Le SIREN doit comporter 9 chiffres");
    expect(SIREN_MESSAGES.checksum).toBe("Ce numéro SIREN n'est pas valide (clé de contrôle)");
  });
});
