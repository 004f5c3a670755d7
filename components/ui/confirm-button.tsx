"use client";

import { Button, ButtonGroup } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";

type Props = {
  /** The small button in the row (« Supprimer », « Désactiver »). */
  label: string;
  /** Said after the label to screen readers, so that a table of rows does not read « Supprimer » ten times. */
  srSuffix: string;
  title: string;
  description: string;
  confirmLabel: string;
  pending: boolean;
  onConfirm: () => void;
};

/** An irreversible or weighty action behind a Radix confirmation dialog (focus trapped, Escape cancels). */
export function ConfirmButton({ label, srSuffix, title, description, confirmLabel, pending, onConfirm }: Props) {
  return (
    <Dialog
      title={title}
      description={description}
      trigger={
        <Button size="sm" variant="tertiary" disabled={pending}>
          {label}
          <span className="sr-only"> {srSuffix}</span>
        </Button>
      }
      footer={
        <ButtonGroup className="justify-end">
          <DialogClose asChild>
            <Button variant="secondary">Annuler</Button>
          </DialogClose>
          <Button variant="danger" onClick={onConfirm} disabled={pending}>
            {confirmLabel}
          </Button>
        </ButtonGroup>
      }
    />
  );
}
