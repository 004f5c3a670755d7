"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox, RequiredFieldsNotice, TextField } from "@/components/ui/field";
import { changeTemporaryPasswordAction } from "@/lib/passwords/actions";
import { changeTemporaryPasswordSchema, choosePasswordSchema } from "@/lib/passwords/schemas";
import type { PasswordContext } from "@/lib/core/validation/password";
import { PasswordRules } from "./password-rules";
import { runPasswordAction } from "./run-password-action";

type Values = { currentPassword: string; password: string; confirmation: string };

/** « Nouveau mot de passe »: the temporary password, then the new one twice (docs/produit.md#comptes-et-securite). */
export function TemporaryPasswordForm({ context }: { context: PasswordContext }) {
  const schema = useMemo(
    () => z.intersection(changeTemporaryPasswordSchema.pick({ currentPassword: true }), choosePasswordSchema(context, { requireTerms: false })),
    [context],
  );
  const form = useForm<Values>({
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    defaultValues: { currentPassword: "", password: "", confirmation: "" },
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string>();
  const [visible, setVisible] = useState(false);
  const errors = form.formState.errors;
  const password = useWatch({ control: form.control, name: "password" });

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    setFormError(await runPasswordAction(form, ["currentPassword", "password", "confirmation"], () => changeTemporaryPasswordAction(values)));
  });

  const type = visible ? "text" : "password";
  return (
    <form noValidate onSubmit={submit} className="max-w-xl">
      {formError && (
        <Alert tone="error" title="Mot de passe non enregistré" data-testid="password-error">
          <p>{formError}</p>
        </Alert>
      )}
      <RequiredFieldsNotice />
      <input type="email" name="username" autoComplete="username" value={context.email ?? ""} readOnly hidden />
      <TextField
        label="Mot de passe temporaire"
        hint="Celui que l'administrateur de votre structure vous a communiqué"
        type={type}
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <TextField
        label="Nouveau mot de passe"
        type={type}
        autoComplete="new-password"
        required
        aria-describedby="regles-mot-de-passe"
        error={errors.password?.message}
        {...form.register("password")}
        groupClassName="mb-3"
      />
      <PasswordRules id="regles-mot-de-passe" password={password} context={context} />
      <TextField
        label="Confirmation du mot de passe"
        type={type}
        autoComplete="new-password"
        required
        error={errors.confirmation?.message}
        {...form.register("confirmation")}
      />
      <Checkbox label="Afficher les mots de passe" name="show-passwords" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Valider"}
      </Button>
    </form>
  );
}
