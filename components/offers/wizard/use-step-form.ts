"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type DefaultValues, type FieldValues, type Resolver } from "react-hook-form";
import type { z } from "zod";
import type { OfferStepKey } from "@/lib/offers/schemas";
import { applyServerErrors } from "./apply-errors";
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
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(options.schema as never) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: options.defaults as DefaultValues<z.input<S>>,
    mode: "onTouched",
  });
  function go(target: WizardTarget) {
    const send = async () => {
      const errors = await options.run(options.step, options.readOnly ? null : form.getValues(), target);
      applyServerErrors(form, errors, options.focusIds);
    };
    if (options.readOnly) return void send();
    void form.handleSubmit(send)();
  }
  return { form, go };
}
