import { describe, expect, it } from "vitest";
import { formatPhone, isValidPhone, normalizePhone, optionalPhoneSchema, PHONE_MESSAGE, phoneSchema, toE164 } from "./phone";

describe("normalizePhone", () => {
  it.each([
    ["01 23 45 67 89", "+33123456789"],
    ["0123456789", "+33123456789"],
    ["01.23.45.67.89", "+33123456789"],
    ["01-23-45-67-89", "+33123456789"],
    ["  06 12 34 56 78  ", "+33612345678"],
    ["+33 6 12 34 56 78", "+33612345678"],
    ["+33612345678", "+33612345678"],
    ["0033612345678", "+33612345678"],
    ["00 33 6 12 34 56 78", "+33612345678"],
    ["+33 (0)6 12 34 56 78", "+33612345678"],
    ["+330612345678", "+33612345678"],
    ["09 70 12 34 56", "+33970123456"],
    ["0800 123 456", "+33800123456"],
    ["06\u00a012\u00a034\u00a056\u00a078", "+33612345678"],
  ])("%s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    ["0262 12 34 56", "+33262123456"],
    ["0692 12 34 56", "+33692123456"],
    ["0590 12 34 56", "+33590123456"],
    ["0594 12 34 56", "+33594123456"],
    ["0596 12 34 56", "+33596123456"],
    ["0269 61 23 45", "+33269612345"],
    ["+262 262 12 34 56", "+33262123456"],
    ["+262 692 12 34 56", "+33692123456"],
    ["00590 690 12 34 56", "+33690123456"],
    ["+596 696 12 34 56", "+33696123456"],
  ])("overseas: %s → %s", (input, expected) => {
    expect(normalizePhone(input)).toBe(expected);
  });

  it.each([
    "12345",
    "06 12 34 56 7",
    "06 12 34 56 789",
    "abcdefghij",
    "06 ab 34 56 78",
    "00 12 34 56 78",
    "1234567890",
    "+33 0 12 34",
    "+44 20 7946 0958",
    "+262 123 45 67 89",
    "+590 262 12 34 56",
    "",
    "06 12 34 56 78 ext 12",
    "0".repeat(60),
  ])("refuses %j", (input) => {
    expect(normalizePhone(input)).toBeNull();
    expect(isValidPhone(input)).toBe(false);
  });
});

describe("formatPhone / toE164", () => {
  it("formats the stored form in pairs", () => {
    expect(formatPhone("+33123456789")).toBe("01 23 45 67 89");
    expect(formatPhone("+33262123456")).toBe("02 62 12 34 56");
    expect(formatPhone("0612345678")).toBe("06 12 34 56 78");
  });

  it("returns what it cannot read unchanged", () => {
    expect(formatPhone("+44 20 7946 0958")).toBe("+44 20 7946 0958");
  });

  it("gives overseas numbers their own country code in E.164", () => {
    expect(toE164("+33612345678")).toBe("+33612345678");
    expect(toE164("0262 12 34 56")).toBe("+262262123456");
    expect(toE164("0690 12 34 56")).toBe("+590690123456");
    expect(toE164("0694 12 34 56")).toBe("+594694123456");
    expect(toE164("n'importe quoi")).toBeNull();
  });
});

describe("phoneSchema", () => {
  it("normalises a valid number", () => {
    expect(phoneSchema.parse("01 23 45 67 89")).toBe("+33123456789");
  });

  it("explains the expected format in French", () => {
    const result = phoneSchema.safeParse("12345");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([PHONE_MESSAGE]);
    expect(PHONE_MESSAGE).toBe("Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89");
  });

  it("says the field is required when empty", () => {
    expect(phoneSchema.safeParse("  ").error?.issues[0]?.message).toBe("Ce champ est obligatoire");
    expect(phoneSchema.safeParse(undefined).error?.issues[0]?.message).toBe("Ce champ est obligatoire");
  });
});

describe("optionalPhoneSchema", () => {
  it("turns an empty or missing value into null", () => {
    expect(optionalPhoneSchema.parse("")).toBeNull();
    expect(optionalPhoneSchema.parse("   ")).toBeNull();
    expect(optionalPhoneSchema.parse(undefined)).toBeNull();
  });

  it("still refuses an invalid number", () => {
    expect(optionalPhoneSchema.parse("06 12 34 56 78")).toBe("+33612345678");
    expect(optionalPhoneSchema.safeParse("06 12").error?.issues[0]?.message).toBe(PHONE_MESSAGE);
  });
});
