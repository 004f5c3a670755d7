import { describe, expect, it } from "vitest";
import { addReferenceItemSchema, kindOfSlug, LABEL_MAX, REFERENCE_KIND_TEXT, REFERENCE_KINDS } from "./schemas";

describe("reference list schemas", () => {
  it("maps every tab's slug back to its list, and anything else to the first list", () => {
    for (const kind of REFERENCE_KINDS) expect(kindOfSlug(REFERENCE_KIND_TEXT[kind].slug)).toBe(kind);
    expect(new Set(REFERENCE_KINDS.map((kind) => REFERENCE_KIND_TEXT[kind].slug)).size).toBe(REFERENCE_KINDS.length);
    for (const junk of [undefined, "", "THEME", ["disciplines"], "../x"]) expect(kindOfSlug(junk)).toBe("THEME");
  });

  it("trims a label and collapses its inner spaces; refuses an empty or too long one", () => {
    expect(addReferenceItemSchema.parse({ kind: "THEME", label: "  Santé   au\ttravail \n" })).toEqual({ kind: "THEME", label: "Santé au travail" });
    const message = (label: string) => addReferenceItemSchema.safeParse({ kind: "THEME", label }).error?.issues[0]?.message;
    expect(message("   ")).toBe("Ce champ est obligatoire");
    expect(message("é".repeat(LABEL_MAX + 1))).toBe("120 caractères maximum");
    expect(addReferenceItemSchema.safeParse({ kind: "COLOUR", label: "Bleu" }).success).toBe(false);
  });
});
