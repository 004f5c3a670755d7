"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { TextArea, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/actions/result";
import { extendPublicationAction, renewPublicationAction, sendBackOfferAction } from "@/lib/offers/actions";
import { extendPublicationSchema, renewPublicationSchema, sendBackSchema } from "@/lib/offers/schemas";

function firstErrors(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) errors[issue.path.join(".")] ??= issue.message;
  return errors;
}

type Field = { name: string; label: string; type: "date" | "textarea"; hint?: string; min?: string };

// The client cannot receive functions from a server component: the kinds of dialog live here.
const KINDS = {
  sendBack: { schema: sendBackSchema, action: sendBackOfferAction },
  extend: { schema: extendPublicationSchema, action: extendPublicationAction },
  renew: { schema: renewPublicationSchema, action: renewPublicationAction },
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
};

/**
 * A Radix dialog with a small form: « Renvoyer pour correction » (the comment the author will
 * receive), « Prolonger » (a new end date), « Renouveler » (new dates). Checked in the browser with
 * the action's own zod schema, then by the server; errors stay next to their field.
 */
export function OfferDialogForm({ kind, offerId, label, title, description, fields, confirmLabel, variant = "secondary", defaults = {} }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<Record<string, string>>(defaults);
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const formId = `dialogue-${kind}-${offerId}`;

  function submit(event: FormEvent) {
    event.preventDefault();
    const { schema, action } = KINDS[kind];
    const input = { offerId, ...values };
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setErrors(firstErrors(parsed.error));
      return;
    }
    startTransition(async () => {
      setFormError(undefined);
      const result = await (action as (input: unknown) => Promise<ActionResult<unknown>>)(input);
      if (!result.ok) {
        const fieldErrors = Object.fromEntries(Object.entries(result.fieldErrors ?? {}).map(([key, messages]) => [key, messages?.[0]]));
        setErrors(fieldErrors);
        if (Object.keys(fieldErrors).length === 0) setFormError(result.message);
        return;
      }
      setOpen(false);
      router.refresh();
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setErrors({});
        setFormError(undefined);
      }}
      title={title}
      description={description}
      trigger={<Button variant={variant}>{label}</Button>}
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Annuler</Button>
          </DialogClose>
          <Button type="submit" form={formId} disabled={pending}>
            {pending ? "Un instant…" : confirmLabel}
          </Button>
        </>
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        {formError && (
          <Alert tone="error" size="sm">
            {formError}
          </Alert>
        )}
        {fields.map((field) =>
          field.type === "textarea" ? (
            <TextArea
              key={field.name}
              id={`${formId}-${field.name}`}
              label={field.label}
              name={field.name}
              required
              hint={field.hint}
              rows={5}
              value={values[field.name] ?? ""}
              onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
              error={errors[field.name]}
            />
          ) : (
            <TextField
              key={field.name}
              id={`${formId}-${field.name}`}
              label={field.label}
              name={field.name}
              type="date"
              required
              min={field.min}
              hint={field.hint}
              value={values[field.name] ?? ""}
              onChange={(event) => setValues({ ...values, [field.name]: event.target.value })}
              error={errors[field.name]}
            />
          ),
        )}
      </form>
    </Dialog>
  );
}
