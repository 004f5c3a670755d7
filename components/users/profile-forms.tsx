"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { z } from "zod";
import { applyFieldErrors } from "@/components/signup/signup-wizard";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/actions/result";
import { changeOwnPasswordAction, updateProfileAction } from "@/lib/users/actions";
import { changeOwnPasswordSchema, profileDetailsSchema } from "@/lib/users/schemas";
import { newPasswordSchema, type PasswordContext } from "@/lib/core/validation/password";
import { NewPasswordFields } from "./new-password-fields";

const UNREACHABLE = "Les informations n'ont pas pu être envoyées (connexion interrompue ?). Réessayez dans un instant.";

async function call<T>(action: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await action();
  } catch {
    return { ok: false, message: UNREACHABLE };
  }
}

type Details = { jobTitle: string; phone: string };

/** « Fonction » and « Téléphone » (guide IDF ch. 8). */
export function ProfileDetailsForm({ defaults }: { defaults: Details }) {
  const router = useRouter();
  const form = useForm<Details>({ resolver: zodResolver(profileDetailsSchema) as unknown as Resolver<Details>, defaultValues: defaults, mode: "onTouched" });
  const [result, setResult] = useState<ActionResult<unknown>>();
  const errors = form.formState.errors;

  const submit = form.handleSubmit(async () => {
    const answer = await call(() => updateProfileAction(form.getValues()));
    setResult(answer);
    if (!answer.ok) return applyFieldErrors(form, ["jobTitle", "phone"], answer.fieldErrors);
    form.reset(form.getValues());
    router.refresh();
  });

  return (
    <form noValidate onSubmit={submit} aria-labelledby="titre-coordonnees" className="max-w-xl">
      {result?.ok && <Alert tone="success" title="Enregistré avec succès" data-testid="profile-saved" />}
      {result && !result.ok && (
        <Alert tone="error" title="Vos coordonnées ne sont pas enregistrées">
          <p>{result.message}</p>
        </Alert>
      )}
      <TextField label="Fonction" autoComplete="organization-title" maxLength={150} error={errors.jobTitle?.message} {...form.register("jobTitle")} />
      <TextField
        label="Téléphone"
        type="tel"
        autoComplete="tel"
        hint="Un numéro français, par exemple 01 23 45 67 89"
        maxLength={40}
        error={errors.phone?.message}
        {...form.register("phone")}
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
  const form = useForm<Passwords>({ resolver: zodResolver(schema) as unknown as Resolver<Passwords>, defaultValues: empty, mode: "onTouched" });
  const [result, setResult] = useState<ActionResult<{ signedIn: boolean }>>();
  const errors = form.formState.errors;
  const password = useWatch({ control: form.control, name: "password" });

  const submit = form.handleSubmit(async () => {
    const answer = await call(() => changeOwnPasswordAction(form.getValues()));
    setResult(answer);
    if (!answer.ok) return applyFieldErrors(form, ["currentPassword", "password", "confirmation"], answer.fieldErrors);
    form.reset(empty);
    if (!answer.data.signedIn) return router.push("/connexion");
    router.refresh();
  });

  return (
    <form noValidate onSubmit={submit} aria-labelledby="titre-mot-de-passe" className="max-w-xl">
      {result?.ok && (
        <Alert tone="success" title="Mot de passe modifié" data-testid="password-changed">
          <p>Vos autres sessions (autres navigateurs, autres appareils) sont fermées.</p>
        </Alert>
      )}
      {result && !result.ok && (
        <Alert tone="error" title="Mot de passe non modifié" data-testid="password-error">
          <p>{result.message}</p>
        </Alert>
      )}
      {/* A hidden username lets password managers file the new password under the right account. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        label="Mot de passe actuel"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword?.message}
        {...form.register("currentPassword")}
      />
      <NewPasswordFields
        id="nouveau-mot-de-passe"
        label="Nouveau mot de passe"
        required
        password={form.register("password")}
        confirmation={form.register("confirmation")}
        passwordError={errors.password?.message}
        confirmationError={errors.confirmation?.message}
        typed={password}
        context={context}
      />
      <Button type="submit" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? "Enregistrement…" : "Changer mon mot de passe"}
      </Button>
    </form>
  );
}
