import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { FieldErrors } from "@/lib/core/actions/result";

/**
 * Puts the server's field errors next to the fields of this step (the step's own names; zod's
 * paths start with `values.`), focusing the first one. Errors of other steps stay in the banner.
 */
export function applyServerErrors<T extends FieldValues>(
  form: UseFormReturn<T, unknown, unknown>,
  errors: FieldErrors | undefined,
  focusIds: Record<string, string> = {},
) {
  if (!errors) return;
  const known = new Set(Object.keys(form.getValues()));
  let first: string | undefined;
  for (const [key, messages] of Object.entries(errors)) {
    const name = key.replace(/^values\./, "").split(".")[0];
    const message = messages?.[0];
    if (!message || !known.has(name)) continue;
    form.setError(name as Path<T>, { type: "server", message });
    first ??= name;
  }
  if (!first) return;
  const focusId = focusIds[first];
  setTimeout(() => (focusId ? document.getElementById(focusId)?.focus() : form.setFocus(first as Path<T>)), 0);
}
