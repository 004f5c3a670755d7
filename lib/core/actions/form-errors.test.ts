import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { applyServerErrors, checkInput, FORM_ERROR, NETWORK_ERROR, placeFieldErrors, refusalMessage, runAction } from "./form-errors";

describe("runAction", () => {
  it("answers the action's result", async () => {
    expect(await runAction(async () => ({ ok: true, data: 3 }))).toEqual({ ok: true, data: 3 });
  });

  it("turns a lost connection into the one network refusal", async () => {
    const result = await runAction(() => Promise.reject(new TypeError("Failed to fetch")));
    expect(result).toEqual({ ok: false, code: "NETWORK", message: NETWORK_ERROR });
  });
});

describe("checkInput", () => {
  const schema = z.object({ name: z.string().min(1, "Indiquez le nom"), age: z.number() });

  it("answers null for a valid input", () => {
    expect(checkInput(schema, { name: "Ana", age: 3 })).toBeNull();
  });

  it("answers each field's messages under its path", () => {
    expect(checkInput(schema, { name: "", age: 3 })).toEqual({ name: ["Indiquez le nom"] });
  });
});

describe("placeFieldErrors", () => {
  const fields = ["firstName", "email", "weeklySlots"];

  it("keeps the form's order, whatever the server's", () => {
    const placed = placeFieldErrors({ email: ["Adresse invalide"], firstName: ["Indiquez le prénom"] }, fields);
    expect(placed).toEqual([
      { field: "firstName", message: "Indiquez le prénom" },
      { field: "email", message: "Adresse invalide" },
    ]);
  });

  it("puts an error inside a field on the field, the first message once", () => {
    const placed = placeFieldErrors({ "weeklySlots.0": ["Demi-journée inconnue"], "weeklySlots.1": ["Autre"] }, fields);
    expect(placed).toEqual([{ field: "weeklySlots", message: "Demi-journée inconnue" }]);
  });

  it("reads the offer wizard's `values.` keys as the step's fields", () => {
    expect(placeFieldErrors({ "values.email": ["Adresse invalide"] }, fields)).toEqual([{ field: "email", message: "Adresse invalide" }]);
  });

  it("leaves keys of no field to the banner, and skips empty lists", () => {
    expect(placeFieldErrors({ logo: ["Trop lourd"], _form: ["Non"], email: [] }, fields)).toEqual([]);
  });

  it("follows an alias to the field that shows the key", () => {
    const placed = placeFieldErrors({ postalCode: ["Code postal inconnu"] }, ["communeCode"], { aliases: { postalCode: "communeCode" } });
    expect(placed).toEqual([{ field: "communeCode", message: "Code postal inconnu" }]);
  });
});

describe("refusalMessage", () => {
  it("points at the fields when one shows the error", () => {
    expect(refusalMessage({ ok: false, message: "Cette adresse email est déjà utilisée" }, true)).toBe(FORM_ERROR);
  });

  it("says the server's message otherwise, or where to look when it has none", () => {
    expect(refusalMessage({ ok: false, message: "Offre introuvable" }, false)).toBe("Offre introuvable");
    expect(refusalMessage({ ok: false }, false)).toBe(FORM_ERROR);
  });
});

describe("applyServerErrors", () => {
  afterEach(() => vi.useRealTimers());

  function fakeForm(values: Record<string, unknown>) {
    return { getValues: vi.fn(() => values), setError: vi.fn(), setFocus: vi.fn() };
  }

  it("sets each placed error and focuses the first field once the form re-rendered", () => {
    vi.useFakeTimers();
    const form = fakeForm({ name: "", email: "" });
    const answer = applyServerErrors(form as never, {
      ok: false,
      message: FORM_ERROR,
      fieldErrors: { email: ["Adresse invalide"], name: ["Indiquez le nom"] },
    });
    expect(answer).toEqual({ message: FORM_ERROR, onField: true });
    expect(form.setError).toHaveBeenCalledWith("name", { type: "server", message: "Indiquez le nom" });
    expect(form.setError).toHaveBeenCalledWith("email", { type: "server", message: "Adresse invalide" });
    expect(form.setFocus).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(form.setFocus).toHaveBeenCalledWith("name");
  });

  it("leaves a refusal about no field to the banner, focusing nothing", () => {
    vi.useFakeTimers();
    const form = fakeForm({ name: "" });
    expect(applyServerErrors(form as never, { ok: false, message: "Vous n'avez pas les droits" })).toEqual({
      message: "Vous n'avez pas les droits",
      onField: false,
    });
    vi.runAllTimers();
    expect(form.setError).not.toHaveBeenCalled();
    expect(form.setFocus).not.toHaveBeenCalled();
  });

  it("only uses the fields it is given", () => {
    const form = fakeForm({ name: "", email: "" });
    const answer = applyServerErrors(
      form as never,
      { ok: false, message: "Adresse invalide", fieldErrors: { email: ["Adresse invalide"] } },
      { fields: ["name"] },
    );
    expect(answer).toEqual({ message: "Adresse invalide", onField: false });
    expect(form.setError).not.toHaveBeenCalled();
  });
});
