"use client";

import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/core/actions/result";
import { useActionDialog } from "@/lib/core/actions/use-action-form";

type CommonProps = {
  /** The small button in the row (« Supprimer », « Désactiver », « Renvoyer le lien d'activation »). */
  label: string;
  /** Said after the label to screen readers, so that a table of rows does not read « Supprimer » ten times. */
  srSuffix: string;
  title: string;
  description: string;
  confirmLabel: string;
};

/** The dialog's trigger: an element, not a component, so that Radix's Slot hands the Button its click handler and ref. */
function rowButton(label: string, srSuffix: string, variant: ButtonVariant, disabled?: boolean) {
  return (
    <Button size="sm" variant={variant} disabled={disabled}>
      {label}
      <span className="sr-only"> {srSuffix}</span>
    </Button>
  );
}

/**
 * An irreversible or weighty action behind a Radix confirmation dialog (focus trapped, Escape
 * cancels); the caller runs it and shows its refusal next to the row.
 */
export function ConfirmButton({
  label,
  srSuffix,
  title,
  description,
  confirmLabel,
  pending,
  onConfirm,
}: CommonProps & { pending: boolean; onConfirm: () => void }) {
  return (
    <Dialog
      title={title}
      description={description}
      trigger={rowButton(label, srSuffix, "tertiary", pending)}
      footer={<DialogActions confirmLabel={confirmLabel} pendingLabel={confirmLabel} variant="danger" pending={pending} onConfirm={onConfirm} />}
    />
  );
}

/**
 * An account action behind a confirmation dialog that runs the action itself: a refusal (the last
 * active administrator…) shows inside the dialog, a success closes it and refreshes the page.
 */
export function ActionConfirmButton({
  label,
  srSuffix,
  title,
  description,
  confirmLabel,
  variant = "primary",
  action,
}: CommonProps & { variant?: ButtonVariant; action: () => Promise<ActionResult<unknown>> }) {
  const { open, onOpenChange, error, pending, run } = useActionDialog();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      trigger={rowButton(label, srSuffix, variant === "danger" ? "tertiary" : "secondary")}
      footer={<DialogActions confirmLabel={confirmLabel} variant={variant} pending={pending} onConfirm={() => run(action)} />}
    >
      {error && (
        <Alert tone="error" size="sm" data-testid="account-action-error">
          <p>{error}</p>
        </Alert>
      )}
    </Dialog>
  );
}
