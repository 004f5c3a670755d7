"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { get, useForm, type FieldValues, type Path, type Resolver, type UseFormProps, type UseFormReturn } from "react-hook-form";
import { config, type z } from "zod";
import { applyServerErrors, runAction, type ServerErrorOptions } from "./form-errors";
import type { ActionFailure, ActionResult } from "./result";
import { newSubmissionKey, SUBMISSION_FIELD, submissionKeys } from "./submission-key";

// zod probes for eval with `new Function` to compile its object checks; under the platform's CSP
// Chromium logs the probe as a violation even though zod catches it (Lighthouse's best practices
// lost 4 points on /inscription for it). Client forms come through here: zod skips the probe.
config({ jitless: true });

/**
 * The browser's half of the one door (the server's is define-action.ts, see docs/architecture.md):
 * a form checked with the action's own zod schema, a submit loop that puts refusals next to their
 * fields, and a button's action that refreshes the page's server data.
 */

/**
 * react-hook-form with the action's schema as its resolver. The form holds `V`: the schema's input
 * by default, or narrower values a form names itself (a boolean where the schema also accepts the
 * "on" of FormData, a list where it accepts one string). This is the one cast of every form:
 * react-hook-form types its resolver by the form's exact values, and zodResolver's overloads do not
 * resolve for a schema type left generic. The schema still checks at run time what the server checks.
 */
export function useSchemaForm<S extends z.ZodType, V extends FieldValues = z.input<S> & FieldValues>(
  schema: S,
  options: Omit<UseFormProps<V, unknown, z.output<S>>, "resolver" | "mode" | "reValidateMode"> = {},
): UseFormReturn<V, unknown, z.output<S>> {
  return useForm<V, unknown, z.output<S>>({
    ...options,
    // Errors first show when the form is sent, then follow each change: never on leaving a field.
    // An error that appears on blur pushes the form down under the pointer between the press and
    // the release of the next click (« En fractionné » clicked, « En continu » saved).
    mode: "onSubmit",
    reValidateMode: "onChange",
    resolver: zodResolver(schema as never) as unknown as Resolver<V, unknown, z.output<S>>,
  });
}

/** A field's registration and its error, spread on a TextField, TextArea or Select: `{...fieldProps(form, "email")}`. */
export function fieldProps<V extends FieldValues>(form: UseFormReturn<V, unknown, unknown>, name: Path<V>) {
  return { ...form.register(name), error: (get(form.formState.errors, name) as { message?: string } | undefined)?.message };
}

/**
 * The submit loop of a form with a status area at its top (`topId`, focusable): validate with the
 * schema, call the action with what was typed, put a refusal next to its fields (or in `formError`,
 * focusing the area when no field shows it), and on success say `done` there.
 */
export function useActionForm<V extends FieldValues, O>(form: UseFormReturn<V, unknown, O>, options: ServerErrorOptions = {}) {
  const topId = useId();
  const [formError, setFormError] = useState<string>();
  const [done, setDone] = useState(false);
  const focusTop = () => document.getElementById(topId)?.focus();
  // One key per submission: the same when it is sent again after a lost answer, a new one after a success.
  const submissionKey = useRef<string>(null);

  /**
   * `onSuccess` answers false when it navigates away or closes the form (nothing more to say here);
   * `onRefused` shows what lives outside the form's fields (a chosen logo).
   */
  function submitWith<R>(
    action: (values: V) => Promise<ActionResult<R>>,
    onSuccess?: (data: R, values: V) => boolean | void,
    onRefused?: (result: ActionFailure) => void,
  ) {
    return form.handleSubmit(async () => {
      setFormError(undefined);
      setDone(false);
      const values = form.getValues();
      submissionKey.current ??= newSubmissionKey();
      const result = await runAction(() => action({ ...values, [SUBMISSION_FIELD]: submissionKey.current }));
      // An action that ends in redirect() answers nothing: the page is already leaving.
      if (result === undefined) return;
      if (result.ok) submissionKey.current = null;
      if (!result.ok) {
        const { message, onField } = applyServerErrors(form, result, options);
        setFormError(message);
        onRefused?.(result);
        if (!onField) focusTop();
        return;
      }
      if (onSuccess?.(result.data, values) === false) return;
      setDone(true);
      focusTop();
    });
  }

  /** Back to a blank status (« Annuler », a reopened dialog). */
  function clear() {
    setFormError(undefined);
    setDone(false);
  }

  return { topId, formError, done, submitWith, clear };
}

/** What a refusal shows besides the alert (a field's error); a string answered replaces the alert's message. */
type OnRefused = (result: ActionFailure) => string | void;

/**
 * An action without a form of its own (« Désactiver », « Monter », a confirmation dialog): a refusal
 * becomes `error` for an alert beside it, a success refreshes the page's server data unless
 * `onSuccess` answers false (it navigated or will refresh itself).
 */
export function useRefreshingAction() {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const keys = useRef<ReturnType<typeof submissionKeys>>(null);
  function run<T>(action: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => boolean | void, onRefused?: OnRefused) {
    startTransition(async () => {
      const result = await runAction(action);
      if (!result.ok) {
        setError(onRefused?.(result) ?? result.message);
        return;
      }
      setError(undefined);
      if (onSuccess?.(result.data) === false) return;
      router.refresh();
    });
  }
  /**
   * `run` for an action that writes, with its submission key (docs/architecture.md#une-soumission-une-ecriture):
   * the same button clicked again after a lost answer writes once (a copy, a move, an email).
   */
  function submit<I, T>(
    action: (input: I) => Promise<ActionResult<T>>,
    input: NoInfer<Exclude<I, FormData>>,
    onSuccess?: (data: T) => boolean | void,
    onRefused?: OnRefused,
  ) {
    keys.current ??= submissionKeys();
    const sent = keys.current;
    const key = sent.keyFor(action, input);
    run(
      // The door takes the key out before the schema (define-action.ts).
      () => action({ ...input, [SUBMISSION_FIELD]: key } as I),
      (data) => {
        sent.succeeded();
        return onSuccess?.(data);
      },
      onRefused,
    );
  }
  return { error, setError, pending, run, submit, router };
}

/**
 * A dialog that runs an action (a confirmation, or a small form submitted with `run`): opening or
 * closing it forgets the last refusal; a success closes it and refreshes the page's server data
 * unless `onSuccess` answers false.
 */
export function useActionDialog() {
  const action = useRefreshingAction();
  const [open, setOpen] = useState(false);
  function onOpenChange(next: boolean) {
    setOpen(next);
    action.setError(undefined);
  }
  function run<T>(call: () => Promise<ActionResult<T>>, onSuccess?: (data: T) => boolean | void, onRefused?: OnRefused) {
    action.run(
      call,
      (data) => {
        setOpen(false);
        return onSuccess?.(data);
      },
      onRefused,
    );
  }
  return { ...action, open, setOpen, onOpenChange, run };
}

/**
 * A form in a dialog (« Renommer », « Prolonger », a FAQ entry): opening or closing the dialog
 * forgets the last errors (what was typed stays), a success closes it and refreshes the page's
 * server data after `onSuccess`.
 */
export function useDialogForm<V extends FieldValues, O>(form: UseFormReturn<V, unknown, O>, options: ServerErrorOptions = {}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { submitWith: submitInForm, clear, ...status } = useActionForm(form, options);
  function onOpenChange(next: boolean) {
    setOpen(next);
    form.clearErrors();
    clear();
  }
  function submitWith<R>(action: (values: V) => Promise<ActionResult<R>>, onSuccess?: (data: R, values: V) => void) {
    return submitInForm(action, (data, values) => {
      setOpen(false);
      onSuccess?.(data, values);
      router.refresh();
      return false;
    });
  }
  return { ...status, open, onOpenChange, submitWith };
}
