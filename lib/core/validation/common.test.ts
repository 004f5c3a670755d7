import { describe, expect, it } from "vitest";
import {
  cleanText,
  DATE_MESSAGE,
  EMAIL_MESSAGE,
  emailSchema,
  isoDateSchema,
  maxLengthMessage,
  optionalEmailSchema,
  optionalText,
  POSTAL_CODE_MESSAGE,
  postalCodeSchema,
  REQUIRED_MESSAGE,
  requiredText,
} from "./common";
import { nth } from "@/lib/core/rows";

function firstMessage(schema: { safeParse(value: unknown): { success: boolean; error?: { issues: { message: string }[] } } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? null : nth(result.error!.issues, 0).message;
}

describe("emailSchema", () => {
  it("trims and lowercases", () => {
    expect(emailSchema.parse("  Marie.Curie@Exemple.FR ")).toBe("marie.curie@exemple.fr");
    expect(emailSchema.parse("jean-luc+sses@sous.domaine.gouv.fr")).toBe("jean-luc+sses@sous.domaine.gouv.fr");
  });

  it.each(["nom @exemple.fr", "nom@exem ple.fr", "nom", "nom@", "@exemple.fr", "nom@exemple", "nom@@exemple.fr", "nom@exemple..fr"])("refuses %j", (value) => {
    expect(firstMessage(emailSchema, value)).toBe(EMAIL_MESSAGE);
  });

  it("refuses an empty or missing address as required", () => {
    expect(firstMessage(emailSchema, "")).toBe(REQUIRED_MESSAGE);
    expect(firstMessage(emailSchema, "   ")).toBe(REQUIRED_MESSAGE);
    expect(firstMessage(emailSchema, undefined)).toBe(REQUIRED_MESSAGE);
  });

  it("refuses more than 254 characters", () => {
    const local = "a".repeat(64);
    const domain = `${"b".repeat(60)}.${"c".repeat(60)}.${"d".repeat(60)}.${"e".repeat(60)}.fr`;
    expect(firstMessage(emailSchema, `${local}@${domain}`)).toBe(maxLengthMessage(254));
  });

  it("keeps the message of the design", () => {
    expect(EMAIL_MESSAGE).toBe("Saisissez une adresse email valide, par exemple nom@exemple.fr");
  });
});

describe("optionalEmailSchema", () => {
  it("gives null when empty and validates otherwise", () => {
    expect(optionalEmailSchema.parse("")).toBeNull();
    expect(optionalEmailSchema.parse(undefined)).toBeNull();
    expect(optionalEmailSchema.parse(" A@B.fr ")).toBe("a@b.fr");
    expect(firstMessage(optionalEmailSchema, "pas une adresse")).toBe(EMAIL_MESSAGE);
  });
});

describe("requiredText", () => {
  const schema = requiredText("Raison sociale", 10);

  it("trims and strips control characters", () => {
    expect(schema.parse("  Mairie  ")).toBe("Mairie");
    expect(schema.parse("a\u0000b\u0007c\u202ed")).toBe("abcd");
  });

  it("keeps line breaks, counting CRLF as one character as the browser's counter does", () => {
    expect(schema.parse("ab\r\ncd\ref")).toBe("ab\ncd\nef");
    expect(schema.safeParse("12345\r\n6789").success).toBe(true);
  });

  it("composes accents typed decomposed", () => {
    expect(schema.parse("e\u0301te\u0301")).toBe("été");
  });

  it("refuses empty, blank and missing values", () => {
    for (const value of ["", "   ", "\u0000\u0001", undefined, null]) {
      expect(firstMessage(schema, value), String(value)).toBe(REQUIRED_MESSAGE);
    }
  });

  it("refuses values that are too long, with the limit in the message", () => {
    expect(firstMessage(schema, "12345678901")).toBe("10 caractères maximum");
    expect(schema.parse("1234567890")).toBe("1234567890");
    expect(firstMessage(requiredText("Nom"), "x".repeat(256))).toBe("255 caractères maximum");
    expect(maxLengthMessage(1000)).toBe("1\u202f000 caractères maximum");
  });

  it("keeps the label as the schema's title", () => {
    expect(schema.meta()?.title).toBe("Raison sociale");
  });
});

describe("optionalText", () => {
  const schema = optionalText(5);

  it("gives null for empty, blank or missing values", () => {
    expect(schema.parse("")).toBeNull();
    expect(schema.parse("  \u0000 ")).toBeNull();
    expect(schema.parse(undefined)).toBeNull();
    expect(schema.parse(null)).toBeNull();
  });

  it("cleans and limits the rest", () => {
    expect(schema.parse(" ab ")).toBe("ab");
    expect(firstMessage(schema, "123456")).toBe("5 caractères maximum");
  });
});

describe("cleanText", () => {
  it("removes C1 controls and bidirectional overrides", () => {
    expect(cleanText("a\u0085b\u2066c\u2069")).toBe("abc");
  });
});

describe("postalCodeSchema", () => {
  it.each([
    ["75001", "75001"],
    ["75 001", "75001"],
    ["01000", "01000"],
    ["20000", "20000"],
    ["97400", "97400"],
    ["98800", "98800"],
  ])("accepts %s", (input, expected) => {
    expect(postalCodeSchema.parse(input)).toBe(expected);
  });

  it.each(["7500", "750011", "00100", "99000", "2A004", "abcde"])("refuses %s", (input) => {
    expect(firstMessage(postalCodeSchema, input)).toBe(POSTAL_CODE_MESSAGE);
  });

  it("says the field is required when empty", () => {
    expect(firstMessage(postalCodeSchema, "")).toBe(REQUIRED_MESSAGE);
  });
});

describe("isoDateSchema", () => {
  it("accepts real calendar days", () => {
    expect(isoDateSchema.parse("2019-05-29")).toBe("2019-05-29");
    expect(isoDateSchema.parse(" 2024-02-29 ")).toBe("2024-02-29");
  });

  it.each(["2026-02-29", "2026-04-31", "2026-13-01", "29/05/2019", "2019-5-29", "", "demain"])("refuses %j", (value) => {
    expect(firstMessage(isoDateSchema, value)).toBe(DATE_MESSAGE);
  });

  it("refuses a missing value with the same message", () => {
    expect(firstMessage(isoDateSchema, undefined)).toBe(DATE_MESSAGE);
    expect(DATE_MESSAGE).toBe("Saisissez une date valide");
  });
});
