"use client";

import type { z } from "zod";
import { OfferFormDialog } from "@/components/offers/offer-form-dialog";
import type { ButtonVariant } from "@/components/ui/button";
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
  const { submitWith, ...dialog } = useDialogForm(form, { fields: [text, "keepOnline"] });
  const formId = `moderation-${kind}-${offerId}`;
  const submit = submitWith(action as (input: Values) => Promise<ActionResult<unknown>>);

  return (
    <OfferFormDialog
      dialog={dialog}
      onSubmit={submit}
      pending={form.formState.isSubmitting}
      formId={formId}
      texts={{ label, variant, title, description, confirmLabel }}
      confirmVariant={kind === "unpublish" ? "danger" : "primary"}
    >
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
    </OfferFormDialog>
  );
}
