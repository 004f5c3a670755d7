import { describe, expect, it } from "vitest";
import { fieldProps } from "./use-action-form";

describe("fieldProps", () => {
  function fakeForm(errors: Record<string, unknown>) {
    return { register: (name: string) => ({ name, onChange: () => {}, onBlur: () => {}, ref: () => {} }), formState: { errors } };
  }

  it("spreads the registration and the field's message", () => {
    const props = fieldProps(fakeForm({ email: { type: "server", message: "Adresse invalide" } }) as never, "email");
    expect(props).toMatchObject({ name: "email", error: "Adresse invalide" });
  });

  it("reads a nested field's error by its path, and none when the field is valid", () => {
    const form = fakeForm({ values: { title: { message: "Indiquez le titre" } } });
    expect(fieldProps(form as never, "values.title").error).toBe("Indiquez le titre");
    expect(fieldProps(form as never, "values.summary").error).toBeUndefined();
  });
});
