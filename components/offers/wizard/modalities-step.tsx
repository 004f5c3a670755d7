"use client";

import { useWatch } from "react-hook-form";
import { Checkbox, RadioGroup, TextArea, TextField } from "@/components/ui/field";
import { PERIOD_KIND_LABELS } from "@/lib/offers/catalogue/labels";
import { monthsOfPeriod } from "@/lib/offers/reception";
import { LONG_TEXT_MAX, modalitiesStepSchema, PERSONAL_DATA_REMINDER, type ModalitiesStepInput } from "@/lib/offers/schemas";
import { MonthlyGridsField } from "./monthly-grids-field";
import type { RunStep, WizardCapabilities } from "./types";
import { useStepForm } from "./use-step-form";
import { WeeklyGridField } from "./weekly-grid-field";
import { WizardFrame } from "./wizard-frame";

type Props = { offerId: number | null; defaults: ModalitiesStepInput; run: RunStep; pending: boolean; capabilities: WizardCapabilities };

/** Étape 2 « Modalités » (docs/produit.md#assistant-en-quatre-etapes): how and when the students are received. */
export function ModalitiesStep({ offerId, defaults, run, pending, capabilities }: Props) {
  const { form, go } = useStepForm({ step: "modalities", schema: modalitiesStepSchema, defaults, run });
  const {
    register,
    control,
    formState: { errors },
  } = form;
  const err = (name: keyof ModalitiesStepInput) => errors[name]?.message as string | undefined;
  const [varies, periodStart, periodEnd] = useWatch({ control, name: ["slotsVaryByMonth", "periodStart", "periodEnd"] });
  return (
    <WizardFrame step={2} offerId={offerId} capabilities={capabilities} pending={pending} go={go}>
      <TextArea
        label="Modalités de prise en charge"
        rows={4}
        maxLength={LONG_TEXT_MAX}
        hint={<>Par exemple : tous les lundis entre mai et juin. {PERSONAL_DATA_REMINDER}</>}
        error={err("careModalities")}
        {...register("careModalities")}
      />
      <RadioGroup
        label="Période de prise en charge"
        inline
        options={Object.entries(PERIOD_KIND_LABELS).map(([value, label]) => ({ value, label }))}
        error={err("periodKind")}
        {...register("periodKind")}
      />
      <div className="grid grid-cols-1 gap-x-6 md:grid-cols-2">
        <TextField label="Début de période" type="date" required error={err("periodStart")} {...register("periodStart")} />
        <TextField label="Fin de période" type="date" required error={err("periodEnd")} {...register("periodEnd")} />
      </div>
      <Checkbox
        label="Adapter selon le mois"
        hint="La même plage d'accueil vaut pour tous les mois de la période. Cochez pour la changer mois par mois (par exemple : pas d'accueil en décembre)."
        error={err("slotsVaryByMonth")}
        {...register("slotsVaryByMonth")}
      />
      {varies === true || varies === "on" || varies === "true" ? (
        <MonthlyGridsField
          control={control}
          months={monthsOfPeriod(String(periodStart ?? ""), String(periodEnd ?? ""))}
          error={err("weeklySlots") ?? err("monthlySlots")}
        />
      ) : (
        <WeeklyGridField control={control} error={err("weeklySlots")} />
      )}
    </WizardFrame>
  );
}
