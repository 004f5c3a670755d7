"use client";

import { Button } from "@/components/ui/button";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm, useSchemaForm } from "@/lib/core/actions/use-action-form";
import { acceptTermsAction } from "@/lib/users/actions";
import { acceptTermsSchema } from "@/lib/users/schemas";
import { TermsCheckbox } from "./terms-checkbox";

/** « Nouvelles conditions d'utilisation »: the box, then « Accepter et continuer »; the server sends the user home. */
export function TermsAcceptanceForm() {
  const form = useSchemaForm<typeof acceptTermsSchema, { acceptTerms: boolean }>(acceptTermsSchema, { defaultValues: { acceptTerms: false } });
  const { topId, formError, submitWith } = useActionForm(form);
  const submit = submitWith(acceptTermsAction);
  return (
    <form noValidate onSubmit={submit} className="max-w-xl" aria-label="Accepter les conditions générales d'utilisation">
      <FormStatus id={topId} error={formError} errorTitle="Conditions non acceptées" />
      <TermsCheckbox error={form.formState.errors.acceptTerms?.message} {...form.register("acceptTerms")} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Accepter et continuer"}
      </Button>
    </form>
  );
}
