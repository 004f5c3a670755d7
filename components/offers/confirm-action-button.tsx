"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/core/actions/result";
import { useActionDialog } from "@/lib/core/actions/use-action-form";

type Props = {
  offerId: number;
  /** The button that opens the confirmation. */
  label: string;
  /** Accessible name when the visible label is short (« Supprimer » in a table row). */
  ariaLabel?: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  variant?: ButtonVariant;
  /** The confirming button; red when the trigger is (an irreversible action). */
  confirmVariant?: "primary" | "danger";
  size?: "sm" | "md";
  action: (input: { offerId: number }) => Promise<ActionResult<unknown>>;
  /**
   * What follows: refresh the page, go back to the list (a deleted offer has no page left), or open
   * the offer the action created (a duplicate), or show the offer with what the decision did (« Valider »).
   */
  then?: "refresh" | "list" | "created" | "decision";
};

/**
 * A one-click offer action behind a Radix confirmation dialog (« Supprimer », « Arrêter la
 * publication », « Dupliquer »…). The server decides; its refusal is shown in the dialog.
 */
export function ConfirmActionButton({
  offerId,
  label,
  ariaLabel,
  title,
  description,
  confirmLabel,
  variant = "secondary",
  confirmVariant,
  size = "sm",
  action,
  then = "refresh",
}: Props) {
  const { open, onOpenChange, error, pending, run, router } = useActionDialog();

  function confirm() {
    run(
      () => action({ offerId }),
      (data) => {
        const created = (data as { offerId?: number } | null)?.offerId;
        if (then === "list") router.push("/espace/offres");
        else if (then === "created" && created) router.push(`/espace/offres/${created}?etape=1`);
        else if (then === "decision") router.replace(`/espace/offres/${offerId}?message=decision`);
        else return;
        return false;
      },
    );
  }

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      size="sm"
      title={title}
      description={description}
      trigger={
        <Button variant={variant} size={size} aria-label={ariaLabel}>
          {label}
        </Button>
      }
      footer={
        <DialogActions
          confirmLabel={confirmLabel}
          variant={confirmVariant ?? (variant === "danger" ? "danger" : "primary")}
          pending={pending}
          pendingLabel="Un instant…"
          onConfirm={confirm}
        />
      }
    >
      {error && (
        <Alert tone="error" size="sm">
          {error}
        </Alert>
      )}
    </Dialog>
  );
}
