"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import type { ReactElement, ReactNode } from "react";
import { Button, type ButtonVariant } from "./button";
import { cx } from "./cx";
import { CloseIcon } from "./icons";

export type DialogProps = {
  title: ReactNode;
  description?: ReactNode;
  children?: ReactNode;
  /** The element that opens the dialog (a Button); focus returns to it on close. */
  trigger?: ReactElement;
  /** Action buttons, kept visible at the bottom (wrap cancel buttons in DialogClose). */
  footer?: ReactNode;
  open?: boolean;
  defaultOpen?: boolean;
  onOpenChange?: (open: boolean) => void;
  size?: "sm" | "md" | "lg";
};

const WIDTHS = { sm: "md:max-w-md", md: "md:max-w-xl", lg: "md:max-w-3xl" };

/**
 * DSFR modal on Radix Dialog: focus is trapped inside, Escape and « Fermer » close it, focus goes
 * back to the trigger. A bottom sheet on phones, centred from md.
 */
export function Dialog({ title, description, children, trigger, footer, open, defaultOpen, onOpenChange, size = "md" }: DialogProps) {
  return (
    <RadixDialog.Root open={open} defaultOpen={defaultOpen} onOpenChange={onOpenChange}>
      {trigger && <RadixDialog.Trigger asChild>{trigger}</RadixDialog.Trigger>}
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="fixed inset-0 z-40 bg-grey-50/64" />
        <RadixDialog.Content
          // Without a description Radix would point aria-describedby at nothing and warn.
          {...(description ? {} : { "aria-describedby": undefined })}
          className={cx(
            "fixed inset-x-0 bottom-0 z-50 flex max-h-[90vh] flex-col bg-white shadow-overlap",
            "md:top-1/2 md:right-auto md:bottom-auto md:left-1/2 md:w-[calc(100%-3rem)] md:-translate-x-1/2 md:-translate-y-1/2",
            WIDTHS[size],
          )}
        >
          <div className="flex justify-end px-4 pt-4">
            <RadixDialog.Close className="inline-flex min-h-8 cursor-pointer items-center gap-1 px-3 text-sm font-medium text-blue-france hover:bg-grey-975">
              Fermer
              <CloseIcon />
            </RadixDialog.Close>
          </div>
          <div className="overflow-y-auto px-4 pb-6 md:px-8 md:pb-8">
            <RadixDialog.Title className="mb-4 text-2xl font-bold">{title}</RadixDialog.Title>
            {description && <RadixDialog.Description className="mb-4 text-grey-200">{description}</RadixDialog.Description>}
            {children}
          </div>
          {footer && <div className="flex flex-wrap justify-end gap-4 px-4 py-4 shadow-[0_-1px_0_0_#dddddd] md:px-8">{footer}</div>}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

/** Closes the surrounding Dialog; use with asChild around a Button (« Annuler »). */
export const DialogClose = RadixDialog.Close;

type DialogActionsProps = {
  confirmLabel: ReactNode;
  pending?: boolean;
  /** Said on the confirming button while the action runs. */
  pendingLabel?: string;
  variant?: ButtonVariant;
  /** The id of the dialog's form, which the confirming button submits; without it, onConfirm runs. */
  form?: string;
  onConfirm?: () => void;
};

/** A dialog's footer: « Annuler » (closes it) and the confirming button, disabled while the action runs. */
export function DialogActions({ confirmLabel, pending = false, pendingLabel = "Enregistrement…", variant, form, onConfirm }: DialogActionsProps) {
  return (
    <>
      <DialogClose asChild>
        <Button variant="secondary">Annuler</Button>
      </DialogClose>
      <Button type={form ? "submit" : "button"} form={form} variant={variant} onClick={onConfirm} disabled={pending}>
        {pending ? pendingLabel : confirmLabel}
      </Button>
    </>
  );
}
