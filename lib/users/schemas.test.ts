import { describe, expect, it } from "vitest";
import { permission } from "@/db/schema/enums";
import {
  checkboxSchema,
  createUserSchema,
  PERMISSION_ORDER,
  permissionsSchema,
  PERMISSIONS_REQUIRED_MESSAGE,
  UNKNOWN_PERMISSION_MESSAGE,
  updateUserSchema,
} from "./schemas";

const PASSWORD = "Trois pommes vertes à Nancy";
const valid = {
  firstName: " Lina ",
  lastName: "Benali",
  email: "Lina.Benali@Ecole.fr",
  password: PASSWORD,
  confirmation: PASSWORD,
  permissions: ["VALIDEUR", "GESTIONNAIRE"],
  jobTitle: "Directrice",
  phone: "03 83 12 34 56",
  active: "on",
};

function errorsOf(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]));
}

describe("user schemas", () => {
  it("offers every permission of the database enum, in the guide's order", () => {
    expect([...PERMISSION_ORDER].sort()).toEqual([...permission.enumValues].sort());
  });

  it("reads a checkbox group however it arrives, in the guide's order, without duplicates", () => {
    expect(permissionsSchema.parse("ADMIN")).toEqual(["ADMIN"]);
    expect(permissionsSchema.parse(["VALIDEUR", "CONSULTATION", "VALIDEUR"])).toEqual(["CONSULTATION", "VALIDEUR"]);
    for (const none of [undefined, false, "", []]) expect(errorsOf(permissionsSchema.safeParse(none))).toEqual({ "": PERMISSIONS_REQUIRED_MESSAGE });
    for (const forged of [["ADMIN", "ROOT"], "REGIONAL_ADMIN", [1], [null], Array(9).fill("ADMIN")]) {
      expect(errorsOf(permissionsSchema.safeParse(forged))).toEqual({ "": UNKNOWN_PERMISSION_MESSAGE });
    }
  });

  it("reads « Activé » from react-hook-form and from a plain form", () => {
    expect([true, "on", "true"].map((v) => checkboxSchema.parse(v))).toEqual([true, true, true]);
    expect([false, undefined, "", "false"].map((v) => checkboxSchema.parse(v))).toEqual([false, false, false, false]);
  });

  it("cleans a new user and reports every error at once, the password ones included", () => {
    expect(createUserSchema.parse(valid)).toMatchObject({
      firstName: "Lina",
      email: "lina.benali@ecole.fr",
      permissions: ["GESTIONNAIRE", "VALIDEUR"],
      phone: "+33383123456",
      active: true,
    });
    const errors = errorsOf(createUserSchema.safeParse({ ...valid, lastName: "", phone: "12", password: "lina.benali.2026", confirmation: "x" }));
    expect(Object.keys(errors).sort()).toEqual(["confirmation", "lastName", "password", "phone"]);
    expect(errors.password).toBe("Le mot de passe ne doit pas contenir votre adresse email");
  });

  it("never carries a first or last name in an update, and keeps the password when both fields are empty", () => {
    const parsed = updateUserSchema.parse({ ...valid, userId: "3f1c6a52-0a8e-4c1b-9a43-1f2b3c4d5e6f", password: "", confirmation: "" });
    expect(parsed).not.toHaveProperty("firstName");
    expect(parsed).not.toHaveProperty("lastName");
    expect(parsed.password).toBe("");
    expect(errorsOf(updateUserSchema.safeParse({ ...valid, userId: "x", password: "", confirmation: "abc" }))).toMatchObject({
      userId: "Utilisateur introuvable",
      password: "Ce champ est obligatoire",
    });
  });
});
