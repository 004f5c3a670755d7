import { describe, expect, it } from "vitest";
import { COMMON_PASSWORDS } from "./common-passwords";
import { checkPassword, isPasswordAcceptable, newPasswordSchema, PASSWORD_MISMATCH_MESSAGE, passwordRules, type PasswordContext } from "./password";
import { nth } from "@/lib/core/rows";

function codes(password: string, context: PasswordContext = {}) {
  return checkPassword(password, context).map((issue) => issue.code);
}

const GOOD = "Le héron pêche à l'aube";

describe("common password list", () => {
  it("holds about a thousand lowercase entries, French ones included", () => {
    expect(COMMON_PASSWORDS.size).toBeGreaterThanOrEqual(1000);
    for (const word of ["123456", "password", "motdepasse", "azerty", "soleil", "123456789azerty", "doudou", "marseille"]) {
      expect(COMMON_PASSWORDS.has(word), word).toBe(true);
    }
    for (const word of COMMON_PASSWORDS) expect(word).toBe(word.toLowerCase());
  });
});

describe("checkPassword — length", () => {
  it("accepts a long passphrase", () => {
    expect(codes(GOOD)).toEqual([]);
    expect(isPasswordAcceptable(GOOD)).toBe(true);
  });

  it("needs 12 characters, 16 for regional admins", () => {
    expect(codes("Kj8#mP2$vL9")).toEqual(["min_length"]);
    expect(codes("Kj8#mP2$vL9q")).toEqual([]);
    expect(codes("Kj8#mP2$vL9qRt4", { isRegionalAdmin: true })).toEqual(["min_length"]);
    expect(codes("Kj8#mP2$vL9qRt4w", { isRegionalAdmin: true })).toEqual([]);
    expect(nth(checkPassword("court", { isRegionalAdmin: true }), 0).message).toBe("Le mot de passe doit comporter au moins 16 caractères");
  });

  it("counts characters, not UTF-16 units", () => {
    expect(codes("🌍🌍🌍🌍🌍🌍🌋🌋🌋🌋🌋")).toContain("min_length");
    expect(codes("🌍🌍🌍🌍🌍🌍🌋🌋🌋🌋🌋🏔")).toEqual([]);
  });

  it("refuses more than 128 characters instead of truncating", () => {
    const long = "Le héron pêche à l'aube, ".repeat(6);
    expect(codes(long.slice(0, 128))).toEqual([]);
    expect(codes(`${long.slice(0, 128)}x`)).toEqual(["max_length"]);
  });
});

describe("checkPassword — common and trivial passwords", () => {
  it.each([
    "motdepasse123",
    "Mot de passe 2024",
    "MOTDEPASSE!!!!!",
    "Azerty2024!!!!",
    "123456789azerty",
    "2024-2025soleil",
    "Soleil.Soleil.",
    "P4ssw0rd2024!!",
    "s0l3il-2024-!!",
    "password123456",
    "Marseille13013",
    "correct horse battery staple",
    "iloveyou1234",
  ])("refuses %j", (password) => {
    expect(codes(password)).toContain("not_common");
  });

  it.each([
    "aaaaaaaaaaaa",
    "abababababab",
    "abcdefghijklmnop",
    "1234567890123",
    "9876543210987",
    "azertyuiopqsdf",
    "qwertyuiopasdf",
    "azeazeazeaze",
    "motdepassemotdepasse",
  ])("refuses the trivial %j", (password) => {
    expect(codes(password)).toContain("not_common");
  });

  it("accepts passphrases made of ordinary words", () => {
    for (const password of ["Le chat dort sur le toit", "Lundi matin au marché 7h", "trois-pommes-vertes-à-Nancy", "Jardin d'hiver 1987 bleu"]) {
      expect(codes(password), password).toEqual([]);
    }
  });
});

describe("checkPassword — context", () => {
  it("refuses the email's local part, whatever the case, accents or separators", () => {
    expect(codes("jeandupont-est-content", { email: "Jean.Dupont@exemple.fr" })).toEqual(["no_email"]);
    expect(codes("Bonjour JEAN.DUPONT 2024", { email: "jean.dupont@exemple.fr" })).toEqual(["no_email"]);
    expect(codes("Le héron pêche à l'aube", { email: "heron@exemple.fr" })).toEqual(["no_email"]);
  });

  it("ignores local parts shorter than 4 characters", () => {
    expect(codes("Le bébé de Léa dort bien", { email: "lea@exemple.fr" })).toEqual([]);
    expect(codes(GOOD, { email: null })).toEqual([]);
  });

  it("refuses the platform's name", () => {
    expect(codes("J'aime le SSES 2024 !")).toEqual(["no_platform_name"]);
    expect(codes("sses2024-plateforme")).toEqual(["no_platform_name"]);
    expect(codes("vive-le-Service-Sanitaire")).toEqual(["no_platform_name"]);
    expect(codes("Le service sanitaire étudiant")).toEqual(["no_platform_name"]);
  });

  it("does not mistake French plurals in -sses for the acronym", () => {
    expect(codes("mes promesses sont tenues")).toEqual([]);
    expect(codes("tristesses-de-l-ete-2024")).toEqual([]);
  });

  it("reports every unmet rule with its French message", () => {
    const issues = checkPassword("sses", { email: "sses@exemple.fr" });
    expect(issues.map((issue) => issue.code)).toEqual(["min_length", "not_common", "no_email", "no_platform_name"]);
    expect(issues.every((issue) => /^Le mot de passe|^Ce mot de passe/.test(issue.message))).toBe(true);
  });
});

describe("passwordRules", () => {
  it("lists the rules to show next to the field", () => {
    expect(passwordRules(false).map((rule) => rule.code)).toEqual(["min_length", "max_length", "not_common", "no_email", "no_platform_name"]);
    expect(nth(passwordRules(false), 0).label).toBe("Au moins 12 caractères");
    expect(nth(passwordRules(true), 0).label).toBe("Au moins 16 caractères");
    expect(nth(passwordRules(), 1).label).toBe("128 caractères au maximum");
  });
});

describe("newPasswordSchema", () => {
  const schema = newPasswordSchema({ email: "marie.curie@exemple.fr", isRegionalAdmin: false });

  function fieldErrors(value: unknown) {
    const result = schema.safeParse(value);
    if (result.success) return {};
    const errors: Record<string, string[]> = {};
    for (const issue of result.error.issues) (errors[String(issue.path[0])] ??= []).push(issue.message);
    return errors;
  }

  it("accepts a good password confirmed", () => {
    expect(schema.parse({ password: GOOD, confirmation: GOOD })).toEqual({ password: GOOD, confirmation: GOOD });
  });

  it("never trims the password", () => {
    expect(schema.parse({ password: ` ${GOOD} `, confirmation: ` ${GOOD} ` }).password).toBe(` ${GOOD} `);
  });

  it("puts each error on its own field", () => {
    expect(fieldErrors({ password: GOOD, confirmation: "autre chose" })).toEqual({ confirmation: [PASSWORD_MISMATCH_MESSAGE] });
    expect(fieldErrors({ password: "MarieCurie1867!", confirmation: "MarieCurie1867!" })).toEqual({
      password: ["Le mot de passe ne doit pas contenir votre adresse email"],
    });
    expect(fieldErrors({ password: "", confirmation: "" })).toEqual({ password: ["Ce champ est obligatoire"] });
    expect(fieldErrors({})).toEqual({ password: ["Ce champ est obligatoire"], confirmation: ["Ce champ est obligatoire"] });
  });

  it("uses the longer minimum for regional admins", () => {
    const admin = newPasswordSchema({ email: "admin@ars.sante.fr", isRegionalAdmin: true });
    const result = admin.safeParse({ password: "Kj8#mP2$vL9qRt4", confirmation: "Kj8#mP2$vL9qRt4" });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual(["Le mot de passe doit comporter au moins 16 caractères"]);
  });

  it("keeps the mismatch message of the design", () => {
    expect(PASSWORD_MISMATCH_MESSAGE).toBe("Les deux mots de passe ne correspondent pas");
  });
});
