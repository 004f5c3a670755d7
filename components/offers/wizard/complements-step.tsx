"use client";

import { Checkbox, Fieldset, TextArea } from "@/components/ui/field";
import { CARE_OPTION_LABELS } from "@/lib/offers/catalogue/labels";
import { complementsStepSchema, LONG_TEXT_MAX, PERSONAL_DATA_REMINDER, type ComplementsStepInput } from "@/lib/offers/schemas";
import { AttachmentsField, type AttachmentItem } from "./attachments-field";
import type { RunStep, WizardCapabilities } from "./types";
import { useStepForm } from "./use-step-form";
import { WizardFrame } from "./wizard-frame";

type Props = {
  offerId: number | null;
  defaults: ComplementsStepInput;
  attachments: AttachmentItem[];
  run: RunStep;
  pending: boolean;
  capabilities: WizardCapabilities;
};

/** Étape 3 « Compléments » (docs/produit.md#assistant-en-quatre-etapes): what helps students apply. */
export function ComplementsStep({ offerId, defaults, attachments, run, pending, capabilities }: Props) {
  const { form, go } = useStepForm({ step: "complements", schema: complementsStepSchema, defaults, run });
  const {
    register,
    formState: { errors },
  } = form;
  return (
    <WizardFrame step={3} offerId={offerId} capabilities={capabilities} pending={pending} go={go}>
      <TextArea
        label="Documents nécessaires à la candidature"
        rows={4}
        maxLength={LONG_TEXT_MAX}
        hint={<>Un document par ligne, par exemple : CV, lettre de motivation. {PERSONAL_DATA_REMINDER}</>}
        error={errors.requiredDocuments?.message}
        {...register("requiredDocuments")}
      />
      <Fieldset label="Options de prise en charge" name="options" inline>
        <Checkbox label={CARE_OPTION_LABELS.housing} {...register("offersHousing")} />
        <Checkbox label={CARE_OPTION_LABELS.meals} {...register("offersMeals")} />
        <Checkbox label={CARE_OPTION_LABELS.transport} {...register("offersTransport")} />
      </Fieldset>
      <AttachmentsField offerId={offerId} attachments={attachments} />
    </WizardFrame>
  );
}
