"use client";

import { useState } from "react";
import { CommuneCombobox, type CommuneOption } from "@/components/signup/commune-combobox";
import { Fieldset, Select, TextArea, TextField } from "@/components/ui/field";
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

/** Étape 1 « Description » (docs/produit.md#assistant-en-quatre-etapes, guide IDF and tutoriel Grand Est). */
export function DescriptionStep({ offerId, defaults, references, run, pending, capabilities }: Props) {
  const { form, go } = useStepForm({
    step: "description",
    schema: descriptionStepSchema,
    defaults,
    run,
    focusIds: { communeCode: "commune", postalCode: "commune" },
  });
  const {
    register,
    control,
    watch,
    setValue,
    formState: { errors },
  } = form;
  const [commune, setCommune] = useState<CommuneOption | null>(
    defaults.communeCode && defaults.postalCode
      ? { code: String(defaults.communeCode), postalCode: String(defaults.postalCode), name: String(defaults.communeName ?? ""), departmentCode: "" }
      : null,
  );
  const description = watch("description") ?? "";
  const length = description.replace(/\r\n?/g, "\n").length;

  function onCommuneChange(next: CommuneOption | null) {
    setCommune(next);
    setValue("communeCode", next?.code ?? "", { shouldValidate: false });
    setValue("postalCode", next?.postalCode ?? "", { shouldValidate: false });
    setValue("communeName", next?.name ?? "", { shouldValidate: false });
    form.clearErrors(["communeCode", "postalCode"]);
  }

  const err = (name: keyof DescriptionStepInput) => errors[name]?.message as string | undefined;

  return (
    <WizardFrame step={1} offerId={offerId} capabilities={capabilities} pending={pending} go={go}>
      <TextField label="Nom de l'offre" required maxLength={NAME_MAX} hint="150 caractères au maximum" error={err("name")} {...register("name")} />
      <TextArea
        label="Description"
        required
        rows={8}
        hint={<>Ce que les étudiants feront, avec qui, et ce que la structure attend d&apos;eux. {PERSONAL_DATA_REMINDER}</>}
        error={err("description")}
        aria-describedby="description-counter"
        {...register("description")}
      />
      <p id="description-counter" aria-live="polite" className={`-mt-4 mb-6 text-xs ${length > DESCRIPTION_MAX ? "text-error" : "text-grey-425"}`}>
        {length.toLocaleString("fr-FR")} / {DESCRIPTION_MAX.toLocaleString("fr-FR")} caractères
      </p>
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
        error={err("places")}
        className="max-w-40"
        {...register("places")}
      />
      <TextField
        label="Structure d'accueil"
        required
        maxLength={200}
        hint="Le lieu où les étudiants seront accueillis, s'il diffère de votre structure (par exemple une école de la circonscription)"
        error={err("hostSiteName")}
        {...register("hostSiteName")}
      />
      <Fieldset label="Adresse de l'offre" name="adresse" required>
        <TextField label="N° et rue" required maxLength={200} error={err("street")} {...register("street")} />
        <CommuneCombobox
          id="commune"
          label="Code postal et commune"
          value={commune}
          onChange={onCommuneChange}
          required
          error={err("communeCode") ?? err("postalCode")}
        />
      </Fieldset>
      <Select
        label="Type de terrain d'action"
        required
        placeholder="Sélectionnez un type"
        options={references.fieldTypes.map((item) => ({ value: String(item.id), label: item.label }))}
        error={err("fieldTypeId")}
        {...register("fieldTypeId")}
      />
      <Fieldset label="Référent de l'offre" name="referent" hint="La personne responsable de l'offre dans la structure">
        <div className="grid grid-cols-1 gap-x-6 md:grid-cols-2">
          <TextField label="Nom et prénom" maxLength={150} error={err("referentName")} {...register("referentName")} />
          <TextField label="Fonction" maxLength={150} error={err("referentJobTitle")} {...register("referentJobTitle")} />
          <TextField
            label="Téléphone"
            type="tel"
            autoComplete="off"
            hint="Par exemple : 01 23 45 67 89"
            error={err("referentPhone")}
            {...register("referentPhone")}
          />
          <TextField label="Email" type="email" autoComplete="off" error={err("referentEmail")} {...register("referentEmail")} />
        </div>
      </Fieldset>
      <Fieldset label="Référent de proximité" name="localReferent" hint="La personne qui encadre les étudiants sur place">
        <div className="grid grid-cols-1 gap-x-6 md:grid-cols-2">
          <TextField label="Nom et prénom" id="localReferentName" maxLength={150} error={err("localReferentName")} {...register("localReferentName")} />
          <TextField label="Fonction" id="localReferentJobTitle" maxLength={150} error={err("localReferentJobTitle")} {...register("localReferentJobTitle")} />
          <TextField
            label="Téléphone"
            id="localReferentPhone"
            type="tel"
            autoComplete="off"
            hint="Par exemple : 06 12 34 56 78"
            error={err("localReferentPhone")}
            {...register("localReferentPhone")}
          />
          <TextField
            label="Email"
            id="localReferentEmail"
            type="email"
            autoComplete="off"
            error={err("localReferentEmail")}
            {...register("localReferentEmail")}
          />
        </div>
      </Fieldset>
      <TextField
        label="Email pour candidater"
        required
        type="email"
        autoComplete="off"
        hint="L'adresse à laquelle les étudiants et les instituts de formation écrivent pour candidater"
        error={err("applicationEmail")}
        {...register("applicationEmail")}
      />
    </WizardFrame>
  );
}
