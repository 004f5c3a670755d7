import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ActionResult } from "@/lib/core/actions/result";

const FORM_ERROR = "Le formulaire contient des erreurs : corrigez les champs signalés.";
export const NETWORK_ERROR = "La demande n'a pas pu être envoyée (connexion interrompue ?). Ce que vous avez saisi est conservé : réessayez dans un instant.";

/**
 * Puts the server's field errors next to their fields (the form keeps what was typed) and moves
 * the focus to the first one; returns the message for the whole form. `fields` lists the names the
 * form shows, so an error about a nested key (`weeklySlots.0`) lands on its group.
 */
export function applyServerErrors<T extends FieldValues>(form: UseFormReturn<T>, fields: readonly string[], result: ActionResult<unknown>): string | undefined {
  if (result.ok) return undefined;
  let first: Path<T> | undefined;
  for (const [key, messages] of Object.entries(result.fieldErrors ?? {})) {
    const field = fields.find((name) => key === name || key.startsWith(`${name}.`));
    if (!field || !messages?.[0]) continue;
    form.setError(field as Path<T>, { type: "server", message: messages[0] });
    first ??= field as Path<T>;
  }
  if (!first) return result.message ?? FORM_ERROR;
  setTimeout(() => form.setFocus(first!), 0);
  // The field's own message is already next to it: the banner only says where to look.
  return FORM_ERROR;
}

/** Runs an action, turning a lost connection into a French message instead of an exception. */
export async function runAction<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await action();
  } catch {
    return { ok: false, message: NETWORK_ERROR };
  }
}

/**
 * The submit loop of the forms of this domain (period, institution, institution user): validate
 * with the shared schema, call the server action with what was typed, put refusals next to their
 * fields, and announce the outcome in a focusable area at the top (`topId`).
 */
export function useActionForm<T extends FieldValues>(form: UseFormReturn<T>, fields: readonly string[]) {
  const topId = useId();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const focusTop = () => document.getElementById(topId)?.focus();

  /** `onSuccess` answers false when it navigates away (nothing more to show here). */
  function submitWith<R>(action: (values: T) => Promise<ActionResult<R>>, onSuccess: (data: R, values: T) => boolean | void) {
    return form.handleSubmit(async () => {
      setFormError(undefined);
      setDone(false);
      const values = form.getValues();
      const result = await runAction(() => action(values));
      if (!result.ok) {
        setFormError(applyServerErrors(form, fields, result));
        if (!result.fieldErrors) focusTop();
        return;
      }
      if (onSuccess(result.data, values) === false) return;
      setDone(true);
      focusTop();
    });
  }

  return { topId, formError, done, submitWith };
}

/**
 * A row's button that runs an action without a form (« Désactiver », « Monter »…): a refusal
 * becomes `error` for an alert beside it, a success refreshes the page's server data.
 */
export function useRefreshingAction() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const run = (action: () => Promise<ActionResult<unknown>>) =>
    startTransition(async () => {
      const result = await runAction(action);
      if (!result.ok) return setError(result.message);
      setError(undefined);
      router.refresh();
    });
  return { error, pending, run };
}
