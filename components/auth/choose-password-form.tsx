"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useMemo, useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox, RequiredFieldsNotice, TextField } from "@/components/ui/field";
import { activateAccountAction, resetPasswordAction } from "@/lib/passwords/actions";
import { choosePasswordSchema } from "@/lib/passwords/schemas";
import type { PasswordContext } from "@/lib/core/validation/password";
import { PasswordRules } from "./password-rules";
import { runPasswordAction } from "./run-password-action";

type Values = { password: string; confirmation: string; acceptTerms?: boolean };

/**
 * « Choisissez votre mot de passe » behind an activation link (with the CGU) or a reset link. On
 * success the server logs the user in and sends them to their space; nothing comes back here.
 */
export function ChoosePasswordForm({ token, mode, email, context }: { token: string; mode: "activation" | "reset"; email: string; context: PasswordContext }) {
  const requireTerms = mode === "activation";
  const schema = useMemo(() => choosePasswordSchema(context, { requireTerms }), [context, requireTerms]);
  const form = useForm<Values>({
    // The schema reads the checkbox as true / "on"; the form holds a boolean: same values, wider type.
    resolver: zodResolver(schema) as unknown as Resolver<Values>,
    defaultValues: { password: "", confirmation: "", acceptTerms: false },
    mode: "onTouched",
  });
  const [formError, setFormError] = useState<string>();
  const [visible, setVisible] = useState(false);
  const errors = form.formState.errors;
  const password = useWatch({ control: form.control, name: "password" });

  const submit = form.handleSubmit(async (values) => {
    setFormError(undefined);
    const action = mode === "activation" ? activateAccountAction : resetPasswordAction;
    const input = { token, password: values.password, confirmation: values.confirmation, acceptTerms: values.acceptTerms };
    setFormError(await runPasswordAction(form, ["password", "confirmation", "acceptTerms"], () => action(input)));
  });

  return (
    <form noValidate onSubmit={submit} className="max-w-xl">
      {formError && (
        <Alert tone="error" title="Mot de passe non enregistré" data-testid="password-error">
          <p>{formError}</p>
        </Alert>
      )}
      <p>
        Adresse électronique associée à votre compte : <strong>{email}</strong>
      </p>
      <RequiredFieldsNotice />
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="Nouveau mot de passe"
        type={visible ? "text" : "password"}
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
        type={visible ? "text" : "password"}
        autoComplete="new-password"
        required
        error={errors.confirmation?.message}
        {...form.register("confirmation")}
      />
      <Checkbox label="Afficher les mots de passe" name="show-passwords" checked={visible} onChange={(event) => setVisible(event.target.checked)} />
      {requireTerms && (
        <Checkbox
          label={
            <>
              J&apos;accepte les{" "}
              <Link href="/cgu" target="_blank">
                conditions générales d&apos;utilisation<span className="sr-only"> (nouvelle fenêtre)</span>
              </Link>
            </>
          }
          required
          error={errors.acceptTerms?.message}
          {...form.register("acceptTerms")}
          groupClassName="mb-6"
        />
      )}
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Valider"}
      </Button>
    </form>
  );
}
