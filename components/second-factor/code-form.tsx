"use client";

import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { verifySecondFactorAction } from "@/lib/core/auth/second-factor/actions";
import { secondFactorCodeSchema } from "@/lib/core/auth/second-factor/schemas";

/** The login's second step: the app's 6 digits, or a recovery code. On success the server sends the person on. */
export function SecondFactorCodeForm({ returnTo }: { returnTo?: string }) {
  const form = useSchemaForm(secondFactorCodeSchema, { defaultValues: { code: "", retour: returnTo } });
  const { topId, formError, submitWith } = useActionForm(form);
  return (
    <form noValidate onSubmit={submitWith(verifySecondFactorAction)} className="max-w-xl">
      <FormStatus id={topId} error={formError} errorTitle="Connexion impossible" />
      <TextField
        label="Code de vérification"
        hint="Les 6 chiffres affichés par votre application d'authentification, ou l'un de vos codes de secours"
        autoComplete="one-time-code"
        spellCheck={false}
        autoCapitalize="characters"
        required
        {...fieldProps(form, "code")}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Vérification…" : "Valider"}
      </Button>
    </form>
  );
}
