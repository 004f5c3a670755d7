import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import type { ActionFailure, ActionResult, FieldErrors } from "./result";

/** The banner's words when the errors are said next to their fields: it only says where to look. */
export const FORM_ERROR = "Le formulaire contient des erreurs : corrigez les champs signalés.";

/** The one wording of a lost connection; every form keeps what was typed, so it says so. */
export const NETWORK_ERROR = "La demande n'a pas pu être envoyée (connexion interrompue ?). Rien n'est perdu : réessayez dans un instant.";

/**
 * Calls a server action from the browser. A server action is a fetch: a lost connection rejects
 * instead of answering, and becomes a refusal like any other here.
 */
export async function runAction<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await action();
  } catch {
    return { ok: false, code: "NETWORK", message: NETWORK_ERROR };
  }
}

/** Every message of a zod error under its field's path (`_form` for the whole input). Server and browser alike. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    (fields[key] ??= []).push(issue.message);
  }
  return fields;
}

/** Checks input with an action's own schema before sending it: null when valid, else its field errors. */
export function checkInput(schema: z.ZodType, input: unknown): FieldErrors | null {
  const parsed = schema.safeParse(input);
  return parsed.success ? null : zodFieldErrors(parsed.error);
}

export type PlaceOptions = {
  /** A server key shown on another field (« postalCode » on the commune's combobox). */
  aliases?: Record<string, string>;
};

/**
 * Which of the server's errors land on which of the form's fields, in the form's order (so the first
 * is the one to focus), one message per field. A key names a field itself or something inside it
 * (`weeklySlots.0` lands on `weeklySlots`); the offer wizard's keys start with `values.`. Keys of no
 * field of this form are left to the banner.
 */
export function placeFieldErrors(errors: FieldErrors | undefined, fields: readonly string[], options: PlaceOptions = {}): { field: string; message: string }[] {
  const placed = new Map<string, string>();
  for (const [key, messages] of Object.entries(errors ?? {})) {
    const message = messages?.[0];
    if (!message) continue;
    const path = key.replace(/^values\./, "");
    const field = options.aliases?.[path] ?? fields.find((name) => path === name || path.startsWith(`${name}.`));
    if (field && fields.includes(field) && !placed.has(field)) placed.set(field, message);
  }
  return fields.filter((field) => placed.has(field)).map((field) => ({ field, message: placed.get(field)! }));
}

/**
 * The banner's message for a refusal: where to look when something is said next to a field (never
 * the same sentence twice on the page), else the server's own message.
 */
export function refusalMessage(result: ActionFailure, shownOnField: boolean): string {
  return shownOnField ? FORM_ERROR : (result.message ?? FORM_ERROR);
}

export type ServerErrorOptions = PlaceOptions & {
  /** The form's fields that show errors, in their order on the page; by default its values' keys. */
  fields?: readonly string[];
  /** A field whose focusable element is not its input (a combobox, a group): field → element id. */
  focusIds?: Record<string, string>;
};

/**
 * Puts a refusal's field errors next to their fields (the form keeps what was typed), moves the focus
 * to the first one, and answers the banner's message and whether anything landed on a field.
 */
export function applyServerErrors<T extends FieldValues>(
  form: Pick<UseFormReturn<T, unknown, unknown>, "getValues" | "setError" | "setFocus">,
  result: ActionFailure,
  options: ServerErrorOptions = {},
): { message: string; onField: boolean } {
  const fields = options.fields ?? Object.keys(form.getValues());
  const placed = placeFieldErrors(result.fieldErrors, fields, options);
  for (const { field, message } of placed) form.setError(field as Path<T>, { type: "server", message });
  const first = placed[0]?.field;
  if (first) {
    const focusId = options.focusIds?.[first];
    // After react-hook-form re-renders the field with its error (aria-invalid, message).
    setTimeout(() => (focusId ? document.getElementById(focusId)?.focus() : form.setFocus(first as Path<T>)), 0);
  }
  return { message: refusalMessage(result, placed.length > 0), onField: placed.length > 0 };
}
