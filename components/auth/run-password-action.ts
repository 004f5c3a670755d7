import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/core/actions/result";

const UNREACHABLE = "Le mot de passe n'a pas pu être enregistré (connexion interrompue ?). Réessayez dans un instant.";

/**
 * Calls a password action from a react-hook-form form: the server's field errors go next to their
 * fields; the returned text (if any) is the form-level message. On success the action redirects.
 */
export async function runPasswordAction<V extends FieldValues>(
  form: UseFormReturn<V>,
  fields: readonly Path<V>[],
  call: () => Promise<ActionResult<unknown>>,
): Promise<string | undefined> {
  let result: ActionResult<unknown>;
  try {
    result = await call();
  } catch {
    return UNREACHABLE;
  }
  if (result.ok) return undefined;
  const shown = new Set<string>();
  for (const field of fields) {
    const message = result.fieldErrors?.[field]?.[0];
    if (message) form.setError(field, { type: "server", message });
    if (message) shown.add(message);
  }
  // A refusal about one field (« mot de passe actuel incorrect ») is already said next to it.
  return result.message && !shown.has(result.message) ? result.message : undefined;
}
