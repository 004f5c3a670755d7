"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import type { ActionResult } from "@/lib/core/actions/result";

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
   * the offer the action created (a duplicate).
   */
  then?: "refresh" | "list" | "created";
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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function confirm() {
    startTransition(async () => {
      const result = await action({ offerId });
      if (!result.ok) {
        setError(result.message ?? "L'action n'a pas pu aboutir.");
        return;
      }
      setOpen(false);
      const created = (result.data as { offerId?: number } | null)?.offerId;
      if (then === "list") router.push("/espace/offres");
      else if (then === "created" && created) router.push(`/espace/offres/${created}?etape=1`);
      else router.refresh();
    });
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(null);
      }}
      size="sm"
      title={title}
      description={description}
      trigger={
        <Button variant={variant} size={size} aria-label={ariaLabel}>
          {label}
        </Button>
      }
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Annuler</Button>
          </DialogClose>
          <Button variant={confirmVariant ?? (variant === "danger" ? "danger" : "primary")} onClick={confirm} disabled={pending}>
            {pending ? "Un instant…" : confirmLabel}
          </Button>
        </>
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
