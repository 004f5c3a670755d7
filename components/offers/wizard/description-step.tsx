"use client";

import { useState } from "react";
import { CommuneCombobox, type CommuneOption } from "@/components/signup/commune-combobox";
import { Fieldset, Select, TextArea, TextField } from "@/components/ui/field";
import type { UseFormReturn } from "react-hook-form";
import { fieldProps } from "@/lib/core/actions/use-action-form";
import type { OfferReferenceOptions } from "@/lib/offers/references";
import { DESCRIPTION_MAX, descriptionStepSchema, NAME_MAX, PERSONAL_DATA_REMINDER, type DescriptionStepInput } from "@/lib/offers/schemas";
import { CheckboxGroupField } from "./checkbox-group-field";
import type { RunStep, WizardCapabilities } from "./types";
import { useStepForm } from "./use-step-form";
import { WizardFrame } from "./wizard-frame";

type Props = {
  offerId: number | null;
  defaults: DescriptionStepInput;
  references: OfferReferenceOptions;
  run: RunStep;
  pending: boolean;
  capabilities: WizardCapabilities;
};

// The commune's errors (its code, its postal code) take the focus to the combobox.
const COMMUNE_FOCUS = { communeCode: "commune", postalCode: "commune" };

/** Étape 1 « Description » (docs/produit.md#assistant-en-quatre-etapes, guide IDF and tutoriel Grand Est). */
export function DescriptionStep({ offerId, defaults, references, run, pending, capabilities }: Props) {
  const { form, go } = useStepForm({ step: "description", schema: descriptionStepSchema, defaults, run, focusIds: COMMUNE_FOCUS });
  const control = form.control;
  const err = (name: keyof DescriptionStepInput) => form.formState.errors[name]?.message as string | undefined;

  return (
    <WizardFrame step={1} offerId={offerId} capabilities={capabilities} pending={pending} go={go}>
      <TextField label="Nom de l'offre" required maxLength={NAME_MAX} hint="150 caractères au maximum" {...fieldProps(form, "name")} />
      <DescriptionField form={form} />
      <CheckboxGroupField
        control={control}
        name="themeIds"
        label="Thématique(s)"
        required
        hint="Une ou plusieurs. Choisissez « À définir » si vous préférez que les étudiants mènent eux-mêmes une enquête de besoin."
        options={references.themes}
        error={err("themeIds")}
      />
      <CheckboxGroupField
        control={control}
        name="targetPublicIds"
        label="Public cible"
        required
        options={references.targetPublics}
        error={err("targetPublicIds")}
      />
      <TextField
        label="Nombre de places"
        required
        type="number"
        inputMode="numeric"
        min={1}
        max={200}
        hint="Nombre total d'étudiants en santé que vous pouvez accueillir sur cette offre (1 à 200)"
        className="max-w-40"
        {...fieldProps(form, "places")}
      />
      <TextField
        label="Structure d'accueil"
        required
        maxLength={200}
        hint="Le lieu où les étudiants seront accueillis : votre structure, ou par exemple une école de la circonscription"
        {...fieldProps(form, "hostSiteName")}
      />
      <AddressFieldset form={form} defaults={defaults} />
      <Select
        label="Type de terrain d'action"
        required
        placeholder="Sélectionnez un type"
        options={references.fieldTypes.map((item) => ({ value: String(item.id), label: item.label }))}
        {...fieldProps(form, "fieldTypeId")}
      />
      <ReferentFieldset
        form={form}
        of="referent"
        label="Référent de l'offre"
        hint="La personne responsable de l'offre dans la structure"
        phoneHint="01 23 45 67 89"
      />
      <ReferentFieldset
        form={form}
        of="localReferent"
        label="Référent de proximité"
        hint="La personne qui encadre les étudiants sur place"
        phoneHint="06 12 34 56 78"
      />
      <TextField
        label="Email pour candidater"
        required
        type="email"
        autoComplete="off"
        hint="L'adresse à laquelle les étudiants et les instituts de formation écrivent pour candidater"
        {...fieldProps(form, "applicationEmail")}
      />
    </WizardFrame>
  );
}

type DescriptionForm = UseFormReturn<DescriptionStepInput, unknown, unknown>;

/** « Référent de l'offre » and « Référent de proximité »: the same four fields, named after the referent. */
function ReferentFieldset({
  form,
  of,
  label,
  hint,
  phoneHint,
}: {
  form: DescriptionForm;
  of: "referent" | "localReferent";
  label: string;
  hint: string;
  phoneHint: string;
}) {
  return (
    <Fieldset label={label} name={of} hint={hint}>
      <div className="grid grid-cols-1 gap-x-6 md:grid-cols-2">
        {/* The offer's referent is needed to ask for validation (lib/offers/completeness.ts). */}
        <TextField label="Nom et prénom" required={of === "referent"} maxLength={150} {...fieldProps(form, `${of}Name`)} />
        <TextField label="Fonction" maxLength={150} {...fieldProps(form, `${of}JobTitle`)} />
        <TextField label="Téléphone" type="tel" autoComplete="off" hint={`Par exemple : ${phoneHint}`} {...fieldProps(form, `${of}Phone`)} />
        <TextField label="Email" type="email" autoComplete="off" {...fieldProps(form, `${of}Email`)} />
      </div>
    </Fieldset>
  );
}

/** « Description », with its count of characters as the author types (the limit counts a line break once). */
function DescriptionField({ form }: { form: DescriptionForm }) {
  const description = form.watch("description") ?? "";
  const length = description.replace(/\r\n?/g, "\n").length;
  return (
    <>
      <TextArea
        label="Description"
        required
        rows={8}
        hint={<>Ce que les étudiants feront, avec qui, et ce que la structure attend d&apos;eux. {PERSONAL_DATA_REMINDER}</>}
        aria-describedby="description-counter"
        {...fieldProps(form, "description")}
      />
      <p id="description-counter" aria-live="polite" className={`-mt-4 mb-6 text-xs ${length > DESCRIPTION_MAX ? "text-error" : "text-grey-425"}`}>
        {length.toLocaleString("fr-FR")} / {DESCRIPTION_MAX.toLocaleString("fr-FR")} caractères
      </p>
    </>
  );
}

/** « Adresse de l'offre »: the street, and the commune chosen in the list, which sets its code, postal code and name. */
function AddressFieldset({ form, defaults }: { form: DescriptionForm; defaults: DescriptionStepInput }) {
  const [commune, setCommune] = useState<CommuneOption | null>(
    defaults.communeCode && defaults.postalCode
      ? { code: String(defaults.communeCode), postalCode: String(defaults.postalCode), name: String(defaults.communeName ?? ""), departmentCode: "" }
      : null,
  );
  const errors = form.formState.errors;

  function onCommuneChange(next: CommuneOption | null) {
    setCommune(next);
    form.setValue("communeCode", next?.code ?? "", { shouldValidate: false });
    form.setValue("postalCode", next?.postalCode ?? "", { shouldValidate: false });
    form.setValue("communeName", next?.name ?? "", { shouldValidate: false });
    form.clearErrors(["communeCode", "postalCode"]);
  }

  return (
    <Fieldset label="Adresse de l'offre" name="adresse" required>
      <TextField label="N° et rue" required maxLength={200} {...fieldProps(form, "street")} />
      <CommuneCombobox
        id="commune"
        label="Code postal et commune"
        value={commune}
        onChange={onCommuneChange}
        required
        error={(errors.communeCode?.message ?? errors.postalCode?.message) as string | undefined}
      />
    </Fieldset>
  );
}
