"use client";

import { useMemo } from "react";
import { Button } from "@/components/ui/button";
import { RequiredFieldsNotice } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { NewPasswordFields } from "@/components/users/new-password-fields";
import { TermsCheckbox } from "./terms-checkbox";
import { useActionForm, useSchemaForm } from "@/lib/core/actions/use-action-form";
import { activateAccountAction, resetPasswordAction } from "@/lib/passwords/actions";
import { choosePasswordSchema } from "@/lib/passwords/schemas";
import type { PasswordContext } from "@/lib/core/validation/password";

type Values = { password: string; confirmation: string; acceptTerms?: boolean };

/**
 * « Choisissez votre mot de passe » behind an activation link (with the CGU) or a reset link. On
 * success the server logs the user in and sends them to their space; nothing comes back here.
 */
export function ChoosePasswordForm({ token, mode, email, context }: { token: string; mode: "activation" | "reset"; email: string; context: PasswordContext }) {
  const requireTerms = mode === "activation";
  const schema = useMemo(() => choosePasswordSchema(context, { requireTerms }), [context, requireTerms]);
  // The schema reads the checkbox as true / "on"; the form holds a boolean: same values, wider type.
  const form = useSchemaForm<typeof schema, Values>(schema, { defaultValues: { password: "", confirmation: "", acceptTerms: false } });
  // On success the server logs the user in and redirects: nothing to say here.
  const { topId, formError, submitWith } = useActionForm(form);
  const errors = form.formState.errors;

  const submit = submitWith((values) => (mode === "activation" ? activateAccountAction : resetPasswordAction)({ token, ...values }));

  return (
    <form noValidate onSubmit={submit} className="max-w-xl">
      <FormStatus id={topId} error={formError} errorTitle="Mot de passe non enregistré" errorTestId="password-error" />
      <p>
        Adresse email associée à votre compte : <strong>{email}</strong>
      </p>
      <RequiredFieldsNotice />
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <NewPasswordFields id="password" label="Nouveau mot de passe" required form={form} context={context} />
      {requireTerms && <TermsCheckbox error={errors.acceptTerms?.message} {...form.register("acceptTerms")} />}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Valider"}
      </Button>
    </form>
  );
}
