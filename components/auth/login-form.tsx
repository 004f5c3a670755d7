"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Checkbox, RequiredFieldsNotice, TextField } from "@/components/ui/field";
import { firstFieldError } from "@/lib/core/actions/result";
import { loginAction, type LoginState } from "@/lib/core/auth/actions";

/** « Connexion »: a plain form that works without JavaScript; errors stay next to their field. */
export function LoginForm({ returnTo }: { returnTo?: string }) {
  const [state, formAction, pending] = useActionState<LoginState | null, FormData>(loginAction, null);
  const emailError = firstFieldError(state, "email");
  const passwordError = firstFieldError(state, "password");

  return (
    <form action={formAction} noValidate className="max-w-xl">
      {state && !state.ok && state.message && (
        <Alert tone="error" title="Connexion impossible" className="mb-6" role="alert">
          {state.message}
        </Alert>
      )}
      <RequiredFieldsNotice />
      {returnTo && <input type="hidden" name="retour" value={returnTo} />}
      <TextField
        label="Adresse email"
        name="email"
        type="email"
        autoComplete="username"
        required
        hint="Format attendu : nom@domaine.fr"
        defaultValue={state?.values?.email}
        error={emailError}
      />
      <TextField label="Mot de passe" name="password" type="password" autoComplete="current-password" required error={passwordError} />
      <p className="-mt-4 mb-6 text-sm">
        <Link href="/mot-de-passe-oublie">Mot de passe oublié ?</Link>
      </p>
      <Checkbox
        label="Se souvenir de moi"
        name="remember"
        hint="Vous restez connecté 30 jours sur cet appareil (pas les comptes de l'ARS). Sur un ordinateur partagé, laissez cette case décochée."
        defaultChecked={state?.values?.remember}
      />
      <Button type="submit" disabled={pending}>
        {pending ? "Connexion…" : "Se connecter"}
      </Button>
    </form>
  );
}
