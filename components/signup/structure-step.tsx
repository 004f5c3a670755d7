"use client";

import { useWatch, type UseFormReturn } from "react-hook-form";
import { Fieldset, Select, TextArea, TextField, type SelectOption } from "@/components/ui/field";
import type { ServerErrorOptions } from "@/lib/core/actions/form-errors";
import { CIVILITIES, STRUCTURE_FIELDS, type SignupStructureInput, type SignupStructureValues } from "@/lib/signups/schemas";
import { CommuneCombobox, type CommuneOption } from "./commune-combobox";
import { LogoField } from "./logo-field";
import { fieldProps } from "@/lib/core/actions/use-action-form";

export type StructureForm = UseFormReturn<SignupStructureInput, unknown, SignupStructureValues>;

/** Where the server's errors about a structure land: the postal code's on the commune's combobox, which takes the focus. */
export const STRUCTURE_ERRORS: ServerErrorOptions = { fields: STRUCTURE_FIELDS, aliases: { postalCode: "communeCode" }, focusIds: { communeCode: "commune" } };

/** The structure's fields and its logo as one FormData: the only way a file reaches a server action. */
export function toFormData(values: Record<string, unknown>, logo: File | null): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(values)) data.append(key, typeof value === "string" ? value : "");
  if (logo) data.append("logo", logo);
  return data;
}

type Props = {
  form: StructureForm;
  offererTypes: SelectOption[];
  logo: File | null;
  onLogoChange: (file: File | null) => void;
  logoError?: string;
  onLogoError: (message: string | undefined) => void;
};

/** Step 1 « Informations structure offreuse », with the guide's labels (guide IDF, 2/4). */
export function StructureStep({ form, offererTypes, logo, onLogoChange, logoError, onLogoError }: Props) {
  const { register, formState, setValue, clearErrors, control } = form;
  const errors = formState.errors;
  const [communeCode, postalCode, communeName] = useWatch({ control, name: ["communeCode", "postalCode", "communeName"] });
  const commune: CommuneOption | null = communeCode ? { code: communeCode, postalCode, name: communeName ?? "", departmentCode: "" } : null;

  function onCommuneChange(chosen: CommuneOption | null) {
    const options = { shouldDirty: true };
    setValue("communeCode", chosen?.code ?? "", options);
    setValue("postalCode", chosen?.postalCode ?? "", options);
    setValue("communeName", chosen?.name ?? "", options);
    if (chosen) clearErrors(["communeCode", "postalCode"]);
  }

  return (
    <>
      <Select
        label="Type d'offreur"
        required
        placeholder="Sélectionnez le type de votre structure"
        options={offererTypes}
        {...fieldProps(form, "offererTypeId")}
      />
      <TextField label="Raison sociale" required autoComplete="organization" maxLength={200} {...fieldProps(form, "name")} />
      <TextField label="SIREN" required inputMode="numeric" hint="9 chiffres, par exemple 732 829 320" maxLength={20} {...fieldProps(form, "siren")} />
      <TextField label="N° et rue" required autoComplete="address-line1" maxLength={200} {...fieldProps(form, "street")} />
      <TextField
        label="Complément"
        autoComplete="address-line2"
        hint="Bâtiment, étage, boîte postale…"
        maxLength={200}
        {...fieldProps(form, "addressComplement")}
      />
      <CommuneCombobox
        id="commune"
        value={commune}
        onChange={onCommuneChange}
        required
        servedRegionsOnly
        error={errors.communeCode?.message ?? errors.postalCode?.message}
      />
      <Fieldset label="Représentant légal (signataire des conventions)" name="legalRep" required>
        <Select
          label="Civilité"
          required
          placeholder="Sélectionnez"
          options={CIVILITIES.map((c) => ({ value: c, label: c }))}
          error={errors.legalRepCivility?.message}
          {...register("legalRepCivility")}
        />
        <TextField label="Nom" required autoComplete="off" maxLength={100} {...fieldProps(form, "legalRepLastName")} />
        <TextField label="Prénom" required autoComplete="off" maxLength={100} {...fieldProps(form, "legalRepFirstName")} />
        <TextField
          label="Fonction"
          required
          autoComplete="off"
          hint="Par exemple : Présidente, Directeur, Maire"
          maxLength={150}
          {...fieldProps(form, "legalRepFunction")}
        />
      </Fieldset>
      <TextArea
        label="Description de l'offreur"
        required
        rows={6}
        maxLength={2000}
        hint="Ici la description de votre projet pédagogique et votre établissement / association (2 000 caractères au maximum). Veillez à ne pas diffuser de données à caractère personnel dans les zones de saisie libre."
        {...fieldProps(form, "description")}
      />
      <LogoField id="logo" value={logo} onChange={onLogoChange} error={logoError} onError={onLogoError} />
    </>
  );
}
