"use client";

import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/core/actions/result";
import { useActionDialog } from "@/lib/core/actions/use-action-form";

type Props = {
  /** The small button in the row (« Supprimer », « Renvoyer le lien d'activation »). */
  label: string;
  /** Said after the label to screen readers, so that a table does not read « Supprimer » ten times. */
  srSuffix: string;
  title: string;
  description: string;
  confirmLabel: string;
  variant?: ButtonVariant;
  action: () => Promise<ActionResult<unknown>>;
};

/**
 * An account action behind a confirmation dialog: a refusal (the last active administrator…)
 * shows inside the dialog, a success closes it and refreshes the page.
 */
export function ActionConfirmButton({ label, srSuffix, title, description, confirmLabel, variant = "primary", action }: Props) {
  const { open, onOpenChange, error, pending, run } = useActionDialog();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      trigger={
        <Button size="sm" variant={variant === "danger" ? "tertiary" : "secondary"}>
          {label}
          <span className="sr-only"> {srSuffix}</span>
        </Button>
      }
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
