"use client";

import { useMemo } from "react";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { RequiredFieldsNotice, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { NewPasswordFields } from "@/components/users/new-password-fields";
import { TermsCheckbox } from "./terms-checkbox";
import { useActionForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { changeTemporaryPasswordAction } from "@/lib/passwords/actions";
import { changeTemporaryPasswordSchema, choosePasswordSchema } from "@/lib/passwords/schemas";
import type { PasswordContext } from "@/lib/core/validation/password";

type Values = { currentPassword: string; password: string; confirmation: string; acceptTerms?: boolean };

/**
 * « Nouveau mot de passe »: the temporary password, then the new one twice, and the CGU when this
 * account has not accepted the version in force (docs/produit.md#comptes-et-securite).
 */
export function TemporaryPasswordForm({ context, requireTerms }: { context: PasswordContext; requireTerms: boolean }) {
  const schema = useMemo(
    () => z.intersection(changeTemporaryPasswordSchema.pick({ currentPassword: true }), choosePasswordSchema(context, { requireTerms })),
    [context, requireTerms],
  );
  // The schema reads the checkbox as true / "on"; the form holds a boolean: same values, wider type.
  const form = useSchemaForm<typeof schema, Values>(schema, { defaultValues: { currentPassword: "", password: "", confirmation: "", acceptTerms: false } });
  // On success the server sends the user to their space: nothing to say here.
  const { topId, formError, submitWith } = useActionForm(form);

  const submit = submitWith(changeTemporaryPasswordAction);

  return (
    <form noValidate onSubmit={submit} className="max-w-xl">
      <FormStatus id={topId} error={formError} errorTitle="Mot de passe non enregistré" errorTestId="password-error" />
      <RequiredFieldsNotice />
      <input type="email" name="username" autoComplete="username" value={context.email ?? ""} readOnly hidden />
      <NewPasswordFields
        id="password"
        label="Nouveau mot de passe"
        required
        form={form}
        context={context}
        leading={(type) => (
          <TextField
            label="Mot de passe temporaire"
            hint="Celui que l'administrateur de votre structure vous a communiqué"
            type={type}
            autoComplete="current-password"
            required
            {...fieldProps(form, "currentPassword")}
          />
        )}
      />
      {requireTerms && <TermsCheckbox error={form.formState.errors.acceptTerms?.message} {...form.register("acceptTerms")} />}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Valider"}
      </Button>
    </form>
  );
}
