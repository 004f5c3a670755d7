import { describe, expect, it } from "vitest";
import { EMAIL_MESSAGE, REQUIRED_MESSAGE } from "@/lib/core/validation/common";
import { LOGO_SIZE_MESSAGE, LOGO_MAX_BYTES } from "@/lib/core/validation/files";
import { PHONE_MESSAGE } from "@/lib/core/validation/phone";
import { SIREN_MESSAGES } from "@/lib/core/validation/siren";
import { COMMUNE_MESSAGE, logoFileSchema, refuseSignupSchema, signupAdminSchema, signupRequestSchema, signupStructureSchema } from "./schemas";

const structure = {
  offererTypeId: "4",
  name: "Association Fleur bleue",
  siren: "732 829 320",
  street: "12 boulevard de Grenelle",
  addressComplement: "",
  postalCode: "93200",
  communeCode: "93066",
  communeName: "Saint-Denis",
  legalRepCivility: "Madame",
  legalRepLastName: "Michu",
  legalRepFirstName: "Claire",
  legalRepFunction: "Présidente",
  description: "Prévention en milieu scolaire.",
};
const admin = { firstName: "Claire", lastName: "MICHU", jobTitle: "Médecin", email: "michu@fleurbleue.fr", phone: "01 01 01 01 00" };

function errorsOf(schema: { safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  const errors: Record<string, string> = {};
  if (!result.success) for (const issue of result.error!.issues) errors[issue.path.map(String).join(".")] ??= issue.message;
  return errors;
}

describe("signupStructureSchema (step 1)", () => {
  it("accepts the guide's example and normalises it", () => {
    const parsed = signupStructureSchema.parse(structure);
    expect(parsed).toMatchObject({ offererTypeId: 4, siren: "732829320", addressComplement: null, legalRepCivility: "Madame" });
  });

  const required = [
    "offererTypeId",
    "name",
    "siren",
    "street",
    "postalCode",
    "legalRepCivility",
    "legalRepLastName",
    "legalRepFirstName",
    "legalRepFunction",
    "description",
  ] as const;
  it.each(required)("refuses %s empty, with the French message next to it", (field) => {
    expect(errorsOf(signupStructureSchema, { ...structure, [field]: "" })[field]).toBe(REQUIRED_MESSAGE);
    expect(errorsOf(signupStructureSchema, { ...structure, [field]: undefined })[field]).toBe(REQUIRED_MESSAGE);
  });

  it("asks to choose the commune in the list when none was chosen", () => {
    expect(errorsOf(signupStructureSchema, { ...structure, communeCode: "" }).communeCode).toBe(COMMUNE_MESSAGE);
    expect(errorsOf(signupStructureSchema, { ...structure, communeCode: "<b>" }).communeCode).toBe(COMMUNE_MESSAGE);
    expect(signupStructureSchema.parse({ ...structure, communeCode: "2A004", postalCode: "20000" }).communeCode).toBe("2A004");
  });

  it.each([
    ["name", 200],
    ["street", 200],
    ["addressComplement", 200],
    ["legalRepLastName", 100],
    ["legalRepFirstName", 100],
    ["legalRepFunction", 150],
    ["description", 2000],
  ] as const)("refuses %s longer than %i characters", (field, max) => {
    expect(errorsOf(signupStructureSchema, { ...structure, [field]: "x".repeat(max) })[field]).toBeUndefined();
    expect(errorsOf(signupStructureSchema, { ...structure, [field]: "x".repeat(max + 1) })[field]).toMatch(/caractères maximum$/);
  });

  it("refuses a SIREN with letters, of the wrong length or with a bad checksum", () => {
    expect(errorsOf(signupStructureSchema, { ...structure, siren: "73282932A" }).siren).toBe(SIREN_MESSAGES.format);
    expect(errorsOf(signupStructureSchema, { ...structure, siren: "12345678" }).siren).toBe(SIREN_MESSAGES.format);
    expect(errorsOf(signupStructureSchema, { ...structure, siren: "732829321" }).siren).toBe(SIREN_MESSAGES.checksum);
  });

  it("refuses a postal code that is not French", () => {
    expect(errorsOf(signupStructureSchema, { ...structure, postalCode: "1000" }).postalCode).toMatch(/code postal/);
  });

  it("refuses an unknown civility and a type that is not an id", () => {
    expect(errorsOf(signupStructureSchema, { ...structure, legalRepCivility: "Docteur" }).legalRepCivility).toBe(REQUIRED_MESSAGE);
    expect(errorsOf(signupStructureSchema, { ...structure, offererTypeId: "1 or 1=1" }).offererTypeId).toBe(REQUIRED_MESSAGE);
  });

  it("keeps HTML and script as inert text (React and the emails escape it)", () => {
    const parsed = signupStructureSchema.parse({ ...structure, name: "<script>alert('x')</script>", description: '<img src=x onerror="alert(1)">' });
    expect(parsed.name).toBe("<script>alert('x')</script>");
    expect(parsed.description).toBe('<img src=x onerror="alert(1)">');
  });

  it("strips control characters and bidirectional overrides", () => {
    expect(signupStructureSchema.parse({ ...structure, name: "Fleur\u202e bleue\u0000" }).name).toBe("Fleur bleue");
  });
});

describe("signupAdminSchema (step 2)", () => {
  it("accepts the guide's example, email lowercased and phone normalised", () => {
    expect(signupAdminSchema.parse({ ...admin, email: " Michu@FleurBleue.fr " })).toMatchObject({ email: "michu@fleurbleue.fr", phone: "+33101010100" });
  });

  it.each(["firstName", "lastName", "jobTitle", "email", "phone"] as const)("refuses %s empty", (field) => {
    expect(errorsOf(signupAdminSchema, { ...admin, [field]: "" })[field]).toBe(REQUIRED_MESSAGE);
  });

  it.each([
    ["firstName", 100],
    ["lastName", 100],
    ["jobTitle", 150],
  ] as const)("refuses %s longer than %i characters", (field, max) => {
    expect(errorsOf(signupAdminSchema, { ...admin, [field]: "é".repeat(max + 1) })[field]).toMatch(/caractères maximum$/);
  });

  it("refuses an email with spaces or without domain, and one too long", () => {
    expect(errorsOf(signupAdminSchema, { ...admin, email: "claire michu@fleurbleue.fr" }).email).toBe(EMAIL_MESSAGE);
    expect(errorsOf(signupAdminSchema, { ...admin, email: "claire@" }).email).toBe(EMAIL_MESSAGE);
    expect(errorsOf(signupAdminSchema, { ...admin, email: `${"a".repeat(250)}@b.fr` }).email).toMatch(/caractères maximum$/);
  });

  it("refuses a phone number that is not French", () => {
    for (const phone of ["+44 20 7946 0958", "12345", "06 12 34 56", "0012025550123", "téléphone"]) {
      expect(errorsOf(signupAdminSchema, { ...admin, phone }).phone, phone).toBe(PHONE_MESSAGE);
    }
  });
});

describe("the server's view of the whole request", () => {
  it("takes both steps flat, as FormData carries them", () => {
    const parsed = signupRequestSchema.parse({ ...structure, ...admin, logo: "" });
    expect(parsed.logo).toBeUndefined();
    expect(parsed.email).toBe("michu@fleurbleue.fr");
  });

  it("reports the errors of both steps at once", () => {
    expect(Object.keys(errorsOf(signupRequestSchema, { ...structure, siren: "", ...admin, phone: "" })).sort()).toEqual(["phone", "siren"]);
  });
});

describe("logoFileSchema", () => {
  it("treats an empty file input as no logo", () => {
    expect(logoFileSchema.parse(new File([], ""))).toBeUndefined();
    expect(logoFileSchema.parse(undefined)).toBeUndefined();
  });

  it("refuses more than 1 MB before reading it", () => {
    expect(errorsOf(logoFileSchema, new File([new Uint8Array(LOGO_MAX_BYTES + 1)], "logo.png"))[""]).toBe(LOGO_SIZE_MESSAGE);
  });
});

describe("refuseSignupSchema", () => {
  it("requires a reason", () => {
    expect(errorsOf(refuseSignupSchema, { requestId: "6f1c5a8e-8d0e-4f57-9a0e-2a4d4f1b2c3d", reason: "  " }).reason).toBe(REQUIRED_MESSAGE);
  });
});
