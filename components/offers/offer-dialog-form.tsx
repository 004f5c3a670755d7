"use client";

import type { z } from "zod";
import type { ButtonVariant } from "@/components/ui/button";
import { TextArea, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/actions/result";
import { useRouter } from "next/navigation";
import { useDialogForm, useSchemaForm } from "@/lib/core/actions/use-action-form";
import { changePublicationDatesAction, extendPublicationAction, renewPublicationAction, sendBackOfferAction } from "@/lib/offers/actions";
import { OfferFormDialog } from "./offer-form-dialog";
import { changePublicationDatesSchema, extendPublicationSchema, renewPublicationSchema, sendBackSchema } from "@/lib/offers/schemas";

type Field = { name: string; label: string; type: "date" | "textarea"; hint?: string; min?: string };

// The client cannot receive functions from a server component: the kinds of dialog live here.
const KINDS = {
  sendBack: { schema: sendBackSchema, action: sendBackOfferAction },
  extend: { schema: extendPublicationSchema, action: extendPublicationAction },
  renew: { schema: renewPublicationSchema, action: renewPublicationAction },
  changeDates: { schema: changePublicationDatesSchema, action: changePublicationDatesAction },
} as const satisfies Record<string, { schema: z.ZodType; action: (input: never) => Promise<ActionResult<unknown>> }>;

type Props = {
  kind: keyof typeof KINDS;
  offerId: number;
  label: string;
  title: string;
  description: string;
  fields: Field[];
  confirmLabel: string;
  variant?: ButtonVariant;
  defaults?: Record<string, string>;
  /** After success, the offer's page says what the decision did (« Renvoyer pour correction »). */
  showDecision?: boolean;
};

/**
 * A Radix dialog with a small form: « Renvoyer pour correction » (the comment the author will
 * receive), « Prolonger » (a new end date), « Renouveler » and « Modifier les dates » (two dates). Checked in the browser with
 * the action's own zod schema, then by the server; errors stay next to their field.
 */
export function OfferDialogForm({ kind, offerId, label, title, description, fields, confirmLabel, variant = "secondary", defaults = {}, showDecision }: Props) {
  const router = useRouter();
  const { schema, action } = KINDS[kind];
  // The three kinds' values are all text (and the offer's id): one shape serves them.
  const form = useSchemaForm<z.ZodType, Record<string, string | number>>(schema, { defaultValues: { offerId, ...defaults } });
  const { submitWith, ...dialog } = useDialogForm(form, { fields: fields.map((field) => field.name) });
  const errors = form.formState.errors;
  const formId = `dialogue-${kind}-${offerId}`;

  const submit = submitWith(
    action as (input: unknown) => Promise<ActionResult<unknown>>,
    showDecision ? () => router.replace(`/espace/offres/${offerId}?message=decision`) : undefined,
  );

  return (
    <OfferFormDialog
      dialog={dialog}
      onSubmit={submit}
      pending={form.formState.isSubmitting}
      formId={formId}
      texts={{ label, variant, title, description, confirmLabel }}
    >
      {fields.map((field) =>
        field.type === "textarea" ? (
          <TextArea
            key={field.name}
            id={`${formId}-${field.name}`}
            label={field.label}
            required
            hint={field.hint}
            rows={5}
            error={errors[field.name]?.message as string | undefined}
            {...form.register(field.name)}
          />
        ) : (
          <TextField
            key={field.name}
            id={`${formId}-${field.name}`}
            label={field.label}
            type="date"
            required
            min={field.min}
            hint={field.hint}
            error={errors[field.name]?.message as string | undefined}
            {...form.register(field.name)}
          />
        ),
      )}
    </OfferFormDialog>
  );
}
