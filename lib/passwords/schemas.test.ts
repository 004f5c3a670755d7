import { describe, expect, it } from "vitest";
import { PASSWORD_MISMATCH_MESSAGE } from "@/lib/core/validation/password";
import { choosePasswordSchema, requestLinkSchema, TERMS_MESSAGE } from "./schemas";

const GOOD = "Trois pommes vertes à Nancy";

function errors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const fields: Record<string, string[]> = {};
  if (!result.success) for (const issue of result.error!.issues) (fields[issue.path.map(String).join(".")] ??= []).push(issue.message);
  return fields;
}

describe("choosePasswordSchema", () => {
  const activation = choosePasswordSchema({ email: "claire.michu@exemple.fr" }, { requireTerms: true });

  it("requires the CGU at activation, whatever the checkbox sends", () => {
    for (const acceptTerms of [false, undefined, "", "off", "false"]) {
      expect(errors(activation.safeParse({ password: GOOD, confirmation: GOOD, acceptTerms })).acceptTerms, String(acceptTerms)).toEqual([TERMS_MESSAGE]);
    }
    for (const acceptTerms of [true, "on", "true"]) {
      expect(activation.parse({ password: GOOD, confirmation: GOOD, acceptTerms }).acceptTerms).toBe(true);
    }
  });

  it("does not ask for them on a reset", () => {
    expect(choosePasswordSchema({}, { requireTerms: false }).safeParse({ password: GOOD, confirmation: GOOD }).success).toBe(true);
  });

  it("puts each rule's error on its field", () => {
    const result = errors(activation.safeParse({ password: "claire.michu 2024", confirmation: "autre", acceptTerms: true }));
    expect(result.password).toEqual(["Le mot de passe ne doit pas contenir votre adresse email"]);
    expect(result.confirmation).toEqual([PASSWORD_MISMATCH_MESSAGE]);
  });

  it("asks 16 characters of a regional admin", () => {
    const admin = choosePasswordSchema({ isRegionalAdmin: true }, { requireTerms: false });
    expect(errors(admin.safeParse({ password: "Quinze caractèr", confirmation: "Quinze caractèr" })).password).toEqual([
      "Le mot de passe doit comporter au moins 16 caractères",
    ]);
  });

  it("refuses a megabyte of input cheaply", () => {
    expect(errors(activation.safeParse({ password: "x".repeat(1_000_000), confirmation: "", acceptTerms: true })).password).toEqual([
      "Ce mot de passe est trop long",
    ]);
  });
});

describe("requestLinkSchema", () => {
  it("normalises the address and refuses spaces", () => {
    expect(requestLinkSchema.parse({ email: " Claire@Exemple.FR " }).email).toBe("claire@exemple.fr");
    expect(requestLinkSchema.safeParse({ email: "claire michu@exemple.fr" }).success).toBe(false);
  });
});
