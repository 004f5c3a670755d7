"use client";

import { useRouter } from "next/navigation";
import { useMemo } from "react";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { changeOwnPasswordAction, updateProfileAction } from "@/lib/users/actions";
import { changeOwnPasswordSchema, profileDetailsSchema } from "@/lib/users/schemas";
import { newPasswordSchema, type PasswordContext } from "@/lib/core/validation/password";
import { NewPasswordFields } from "./new-password-fields";

type Details = { jobTitle: string; phone: string };

/** « Fonction » and « Téléphone » (guide IDF ch. 8). */
export function ProfileDetailsForm({ defaults }: { defaults: Details }) {
  const router = useRouter();
  const form = useSchemaForm<typeof profileDetailsSchema, Details>(profileDetailsSchema, { defaultValues: defaults });
  const { topId, formError, done, submitWith } = useActionForm(form);

  const submit = submitWith(updateProfileAction, (_data, values) => {
    form.reset(values);
    router.refresh();
  });

  return (
    <form noValidate onSubmit={submit} aria-labelledby="titre-coordonnees" className="max-w-xl">
      <FormStatus id={topId} error={formError} errorTitle="Vos coordonnées ne sont pas enregistrées">
        {done && <Alert tone="success" title="Enregistré avec succès" data-testid="profile-saved" />}
      </FormStatus>
      <TextField label="Fonction" autoComplete="organization-title" maxLength={150} {...fieldProps(form, "jobTitle")} />
      <TextField
        label="Téléphone"
        type="tel"
        autoComplete="tel"
        hint="Un numéro français, par exemple 01 23 45 67 89"
        maxLength={40}
        {...fieldProps(form, "phone")}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Enregistrer"}
      </Button>
    </form>
  );
}

type Passwords = { currentPassword: string; password: string; confirmation: string };

/**
 * « Changer mon mot de passe »: the current one, then the new one twice with the rules of the
 * account (16 characters for regional admins). The other sessions end; this one is renewed.
 */
export function ChangePasswordForm({ email, context }: { email: string; context: PasswordContext }) {
  const router = useRouter();
  const schema = useMemo(() => z.intersection(changeOwnPasswordSchema.pick({ currentPassword: true }), newPasswordSchema(context)), [context]);
  const empty = { currentPassword: "", password: "", confirmation: "" };
  const form = useSchemaForm<typeof schema, Passwords>(schema, { defaultValues: empty });
  const { topId, formError, done, submitWith } = useActionForm(form);

  const submit = submitWith(changeOwnPasswordAction, () => {
    form.reset(empty);
    router.refresh();
  });

  return (
    <form noValidate onSubmit={submit} aria-labelledby="titre-mot-de-passe" className="max-w-xl">
      <FormStatus id={topId} error={formError} errorTitle="Mot de passe non modifié" errorTestId="password-error">
        {done && (
          <Alert tone="success" title="Mot de passe modifié" data-testid="password-changed">
            <p>Vos autres sessions (autres navigateurs, autres appareils) sont fermées.</p>
          </Alert>
        )}
      </FormStatus>
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField label="Mot de passe actuel" type="password" autoComplete="current-password" required {...fieldProps(form, "currentPassword")} />
      <NewPasswordFields id="nouveau-mot-de-passe" label="Nouveau mot de passe" required form={form} context={context} />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Changer mon mot de passe"}
      </Button>
    </form>
  );
}
