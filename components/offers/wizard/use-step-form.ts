"use client";

import type { DefaultValues, FieldValues } from "react-hook-form";
import type { z } from "zod";
import { applyServerErrors } from "@/lib/core/actions/form-errors";
import { useSchemaForm } from "@/lib/core/actions/use-action-form";
import type { OfferStepKey } from "@/lib/offers/schemas";
import type { RunStep, WizardTarget } from "./types";

/**
 * One react-hook-form per step, validated in the browser with the step's shared zod schema, and a
 * `go(target)` that saves the step on the server before moving (so « ← Retour », « Suivant » or a
 * click on the diagram never lose what was typed).
 */
export function useStepForm<S extends z.ZodType<unknown, FieldValues>>(options: {
  step: OfferStepKey;
  schema: S;
  defaults: z.input<S>;
  run: RunStep;
  /** Skip the save (step 4 of a live offer: its dates are not edited here). */
  readOnly?: boolean;
  focusIds?: Record<string, string>;
}) {
  const form = useSchemaForm(options.schema, { defaultValues: options.defaults as DefaultValues<z.input<S>> });
  function go(target: WizardTarget) {
    const send = async () => {
      const refusal = await options.run(options.step, options.readOnly ? null : form.getValues(), target);
      // The step's own fields only (its values' keys); errors of other steps stay in the wizard's banner.
      if (refusal) applyServerErrors(form, refusal, { focusIds: options.focusIds });
    };
    if (options.readOnly) return void send();
    void form.handleSubmit(send)();
  }
  return { form, go };
}
