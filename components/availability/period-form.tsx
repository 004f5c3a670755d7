"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { Checkbox, Fieldset, RadioGroup, RequiredFieldsNotice, Select, TextArea, TextField, type SelectOption } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { createPeriodAction, updatePeriodAction } from "@/lib/availability/actions";
import { MAX_STUDENTS, MODALITY_LABELS, periodSchema, type PeriodInput } from "@/lib/availability/schemas";
import { useActionForm, useSchemaForm } from "@/lib/core/actions/use-action-form";
import { WeeklySlotsField } from "./weekly-slots-field";

const FIELDS = ["disciplineId", "promotion", "studentCount", "startDate", "endDate", "modality", "weeklySlots", "departmentCodes", "comment"] as const;

const MODALITY_OPTIONS = [
  { value: "CONTINUOUS", label: MODALITY_LABELS.CONTINUOUS, hint: "Chaque jour de la période (ou les demi-journées cochées)" },
  { value: "SPLIT", label: MODALITY_LABELS.SPLIT, hint: "Certaines demi-journées chaque semaine" },
];

type Props = {
  disciplines: SelectOption[];
  departments: SelectOption[];
  defaults: PeriodInput;
  /** Editing this period; creating a new one when absent. */
  periodId?: string;
};

/** « Déclarer une période » / « Modifier la période » (docs/produit.md#disponibilites-et-calendrier), validated by the same schema as the server. */
export function PeriodForm({ disciplines, departments, defaults, periodId }: Props) {
  const router = useRouter();
  const form = useSchemaForm(periodSchema, { defaultValues: defaults });
  const { topId, formError, done, submitWith } = useActionForm(form, { fields: FIELDS });
  const errors = form.formState.errors;
  const errorOf = (name: (typeof FIELDS)[number]) => errors[name]?.message ?? (errors[name] as { root?: { message?: string } } | undefined)?.root?.message;

  const submit = submitWith(
    (values) => (periodId ? updatePeriodAction({ ...values, periodId }) : createPeriodAction(values)),
    (data, values) => {
      if (!periodId && data && typeof data === "object" && "id" in data) {
        router.push(`/espace/disponibilites/${String(data.id)}?enregistree=1`);
        return false;
      }
      form.reset(values);
      router.refresh();
    },
  );

  return (
    <div className="max-w-3xl">
      <FormStatus id={topId} error={formError} errorTitle="La période n'est pas enregistrée" errorTestId="period-error">
        {done && <Alert tone="success" title="Enregistré avec succès" data-testid="period-saved" />}
      </FormStatus>
      <RequiredFieldsNotice />
      <form noValidate onSubmit={submit} aria-label={periodId ? "Modifier la période" : "Déclarer une période"}>
        <Select
          label="Discipline"
          required
          placeholder="Sélectionner une discipline"
          options={disciplines}
          error={errorOf("disciplineId")}
          {...form.register("disciplineId")}
        />
        <TextField label="Promotion / année" hint="Par exemple : DFGSM3 – groupe A, 2e année" error={errorOf("promotion")} {...form.register("promotion")} />
        <TextField
          label="Nombre d'étudiants"
          required
          inputMode="numeric"
          hint={`Entre 1 et ${MAX_STUDENTS.toLocaleString("fr-FR")}`}
          error={errorOf("studentCount")}
          className="max-w-40"
          {...form.register("studentCount")}
        />
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField label="Date de début" type="date" required error={errorOf("startDate")} {...form.register("startDate")} />
          <TextField label="Date de fin" type="date" required hint="Le même jour ou après le début" error={errorOf("endDate")} {...form.register("endDate")} />
        </div>
        <RadioGroup label="Modalité" required inline options={MODALITY_OPTIONS} error={errorOf("modality")} {...form.register("modality")} />
        <WeeklySlotsField form={form} error={errorOf("weeklySlots")} />
        <Fieldset
          label="Départements où les étudiants peuvent aller"
          name="departmentCodes"
          inline
          hint="Aucune case cochée : toute la région."
          error={errorOf("departmentCodes")}
        >
          {departments.map((department) => (
            <Checkbox key={department.value} label={department.label} value={department.value} {...form.register("departmentCodes")} />
          ))}
        </Fieldset>
        <TextArea
          label="Commentaire"
          hint="Veillez à ne pas diffuser de données à caractère personnel dans les zones de saisie libre."
          error={errorOf("comment")}
          rows={3}
          {...form.register("comment")}
        />
        <ButtonGroup>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : periodId ? "Enregistrer les modifications" : "Enregistrer la période"}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
