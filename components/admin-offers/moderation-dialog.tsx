"use client";

import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonVariant } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { Checkbox, TextArea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/actions/result";
import { fieldProps, useDialogForm, useSchemaForm } from "@/lib/core/actions/use-action-form";
import { sendBackLiveOfferAction, sendBackRegionOfferAction, unpublishOfferAction } from "@/lib/offers/admin/actions";
import { sendBackLiveOfferSchema, unpublishOfferSchema } from "@/lib/offers/admin/schemas";
import { LONG_TEXT_MAX, sendBackSchema } from "@/lib/offers/schemas";

// The client cannot receive functions from a server component: the kinds of dialog live here.
const KINDS = {
  /** What was sent to the ARS (« par l'ARS »): back to its author with the comment. */
  sendBack: { schema: sendBackSchema, action: sendBackRegionOfferAction, text: "comment", label: "Commentaire" },
  /** A live offer, in every région; with « laisser en ligne » or not. */
  sendBackLive: { schema: sendBackLiveOfferSchema, action: sendBackLiveOfferAction, text: "comment", label: "Commentaire" },
  unpublish: { schema: unpublishOfferSchema, action: unpublishOfferAction, text: "reason", label: "Motif de la dépublication" },
} as const satisfies Record<string, { schema: z.ZodType; action: (input: never) => Promise<ActionResult<unknown>>; text: string; label: string }>;

type Values = { offerId: number; comment?: string; reason?: string; keepOnline?: boolean };

type Props = {
  kind: keyof typeof KINDS;
  offerId: number;
  label: string;
  title: string;
  description: string;
  confirmLabel: string;
  variant?: ButtonVariant;
};

/**
 * The ARS's decisions that need words (docs/produit.md#qui-valide, #moderation-dune-offre): « Renvoyer
 * pour correction » and « Dépublier », in a Radix dialog checked with the action's own schema; the
 * text is mandatory and goes to the structure. Errors stay next to their field.
 */
export function ModerationDialog({ kind, offerId, label, title, description, confirmLabel, variant = "secondary" }: Props) {
  const { schema, action, text, label: textLabel } = KINDS[kind];
  const form = useSchemaForm<z.ZodType, Values>(schema, { defaultValues: { offerId, [text]: "", ...(kind === "sendBackLive" ? { keepOnline: false } : {}) } });
  const { open, onOpenChange, formError, submitWith } = useDialogForm(form, { fields: [text, "keepOnline"] });
  const formId = `moderation-${kind}-${offerId}`;
  const submit = submitWith(action as (input: Values) => Promise<ActionResult<unknown>>);

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={title}
      description={description}
      trigger={<Button variant={variant}>{label}</Button>}
      footer={
        <DialogActions
          confirmLabel={confirmLabel}
          variant={kind === "unpublish" ? "danger" : "primary"}
          pending={form.formState.isSubmitting}
          pendingLabel="Un instant…"
          form={formId}
        />
      }
    >
      <form id={formId} onSubmit={submit} noValidate>
        {formError && (
          <Alert tone="error" size="sm">
            {formError}
          </Alert>
        )}
        <TextArea
          id={`${formId}-${text}`}
          label={textLabel}
          required
          rows={5}
          hint={`Envoyé aux gestionnaires et valideurs de la structure (${LONG_TEXT_MAX.toLocaleString("fr-FR")} caractères maximum). Veillez à ne pas diffuser de données à caractère personnel.`}
          {...fieldProps(form, text)}
        />
        {kind === "sendBackLive" && (
          <Checkbox
            id={`${formId}-keepOnline`}
            label="Laisser l'offre en ligne jusqu'à la correction"
            hint="Sinon, elle quitte aussitôt le site public et repasse en brouillon."
            {...fieldProps(form, "keepOnline")}
          />
        )}
      </form>
    </Dialog>
  );
}
