"use client";

import { useRouter } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RequiredFieldsNotice, Select, TextField, type SelectOption } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { createInstitutionAction, updateInstitutionAction } from "@/lib/institutions/actions";
import { institutionSchema, type InstitutionInput } from "@/lib/institutions/schemas";

const FIELDS = ["name", "typeId", "departmentCode"] as const;

type Props = { types: SelectOption[]; departments: SelectOption[]; defaults: InstitutionInput; institutionId?: string };

/** « Nouvel établissement » / « Modifier l'établissement »: name, type, département of the région. */
export function InstitutionForm({ types, departments, defaults, institutionId }: Props) {
  const router = useRouter();
  const form = useSchemaForm(institutionSchema, { defaultValues: defaults });
  const { topId, formError, done, submitWith } = useActionForm(form, { fields: FIELDS });

  const submit = submitWith(
    (values) => (institutionId ? updateInstitutionAction({ ...values, institutionId }) : createInstitutionAction(values)),
    (data, values) => {
      if (!institutionId && data && typeof data === "object" && "id" in data) {
        router.push(`/admin/etablissements/${String(data.id)}?cree=1`);
        return false;
      }
      form.reset(values);
      router.refresh();
    },
  );

  return (
    <div className="max-w-2xl">
      <FormStatus id={topId} error={formError} errorTitle="L'établissement n'est pas enregistré">
        {done && <Alert tone="success" title="Enregistré avec succès" />}
      </FormStatus>
      <RequiredFieldsNotice />
      <form noValidate onSubmit={submit} aria-label={institutionId ? "Modifier l'établissement" : "Nouvel établissement"}>
        <TextField
          label="Nom de l'établissement"
          required
          hint="Par exemple : IFSI de Créteil, UFR de médecine de l'université Paris Cité"
          {...fieldProps(form, "name")}
        />
        <Select label="Type d'établissement" required placeholder="Sélectionner un type" options={types} {...fieldProps(form, "typeId")} />
        <Select label="Département" required placeholder="Sélectionner un département" options={departments} {...fieldProps(form, "departmentCode")} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Enregistrement…" : institutionId ? "Enregistrer les modifications" : "Créer l'établissement"}
        </Button>
      </form>
    </div>
  );
}
