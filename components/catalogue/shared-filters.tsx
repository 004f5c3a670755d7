import type { ReactNode } from "react";
import { Checkbox, Fieldset, Select, TextField, type SelectOption } from "@/components/ui/field";
import { MAX_PLACES } from "@/lib/offers/catalogue/limits";

/** The filters the public catalogue and the région's list of offers share, with the same names in the URL. */
type Values = { month?: string | null; from?: string | null; to?: string | null; housing?: boolean; meals?: boolean; minPlaces?: number | string | null };

/** « Période d'accueil »: a month, or two dates (`between` lays them out and may add a word before them). */
export function PeriodFilter({ values, months, between }: { values: Values; months: SelectOption[]; between?: (dates: ReactNode) => ReactNode }) {
  const dates = (
    <>
      <TextField type="date" label="Du" name="du" defaultValue={values.from ?? ""} min="2000-01-01" max="2100-12-31" />
      <TextField type="date" label="Au" name="au" defaultValue={values.to ?? ""} min="2000-01-01" max="2100-12-31" />
    </>
  );
  return (
    <Fieldset label="Période d'accueil" name="periode" hint="Les offres dont la période croise le mois ou les dates choisis.">
      <Select label="Mois" name="mois" placeholder="Tous les mois" defaultValue={values.month ?? ""} options={months} />
      {between ? between(dates) : dates}
    </Fieldset>
  );
}

/** « Options de prise en charge »: housing and meals. */
export function CareOptionsFilter({ values, groupClassName }: { values: Values; groupClassName?: string }) {
  return (
    <Fieldset label="Options de prise en charge" name="options" groupClassName={groupClassName}>
      <Checkbox label="Hébergement" name="hebergement" value="1" defaultChecked={values.housing} />
      <Checkbox label="Restauration" name="restauration" value="1" defaultChecked={values.meals} />
    </Fieldset>
  );
}

/** « Nombre de places minimum ». */
export function MinPlacesFilter({ values }: { values: Values }) {
  return (
    <TextField
      type="number"
      label="Nombre de places minimum"
      name="places"
      inputMode="numeric"
      min={1}
      max={MAX_PLACES}
      defaultValue={values.minPlaces ?? ""}
    />
  );
}
