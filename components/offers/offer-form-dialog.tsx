"use client";

import type { FormEventHandler, ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";

type Props = {
  /** useDialogForm's state. */
  dialog: { open: boolean; onOpenChange: (open: boolean) => void; formError?: string };
  onSubmit: FormEventHandler<HTMLFormElement>;
  pending: boolean;
  /** The form's id, which the dialog's footer button submits. */
  formId: string;
  texts: { label: string; variant: ButtonVariant; title: string; description: string; confirmLabel: string };
  confirmVariant?: "primary" | "danger";
  children: ReactNode;
};

/**
 * The frame of an offer decision that needs words or dates (OfferDialogForm, ModerationDialog): its
 * button, a Radix dialog with a small form, the refusal that belongs to no field above it, and
 * « Annuler » / the confirming button in the footer.
 */
export function OfferFormDialog({ dialog, onSubmit, pending, formId, texts, confirmVariant, children }: Props) {
  const { open, onOpenChange, formError } = dialog;
  const { label, variant, title, description, confirmLabel } = texts;
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      trigger={<Button variant={variant}>{label}</Button>}
      footer={<DialogActions confirmLabel={confirmLabel} variant={confirmVariant} pending={pending} pendingLabel="Un instant…" form={formId} />}
    >
      <form id={formId} onSubmit={onSubmit} noValidate>
        {formError && (
          <Alert tone="error" size="sm">
            {formError}
          </Alert>
        )}
        {children}
      </form>
    </Dialog>
  );
}
