"use client";

import { useState, type ReactNode } from "react";
import { useWatch, type FieldValues, type Path, type UseFormReturn } from "react-hook-form";
import { PasswordRules } from "@/components/auth/password-rules";
import { Checkbox, TextField } from "@/components/ui/field";
import type { PasswordContext } from "@/lib/core/validation/password";

type Props<V extends FieldValues> = {
  id: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  /** The caller's form, whose `password` and `confirmation` these fields are; the rules are ticked as they are typed. */
  form: UseFormReturn<V, unknown, unknown>;
  context: PasswordContext;
  /** A field shown before them whose type follows « Afficher les mots de passe » too (a temporary password). */
  leading?: (type: "text" | "password") => ReactNode;
};

/** « Mot de passe » + « Confirmation du mot de passe », with the rules ticked as the user types. */
export function NewPasswordFields<V extends { password: string; confirmation: string }>({ id, label, hint, required, form, context, leading }: Props<V>) {
  const [visible, setVisible] = useState(false);
  const password = "password" as Path<V>;
  const confirmation = "confirmation" as Path<V>;
  const typed = useWatch({ control: form.control, name: password }) as string;
  const errors = form.formState.errors;
  const type = visible ? "text" : "password";
  const rulesId = `${id}-regles`;
  return (
    <>
      {leading?.(type)}
      <TextField
        label={label}
        hint={hint}
        type={type}
        autoComplete="new-password"
        required={required}
        aria-describedby={rulesId}
        error={errors.password?.message as string | undefined}
        {...form.register(password)}
        id={id}
        groupClassName="mb-3"
      />
      <PasswordRules id={rulesId} password={typed} context={context} />
      <TextField
        label="Confirmation du mot de passe"
        type={type}
        autoComplete="new-password"
        required={required}
        error={errors.confirmation?.message as string | undefined}
        {...form.register(confirmation)}
        id={`${id}-confirmation`}
      />
      <Checkbox label="Afficher les mots de passe" name={`${id}-afficher`} checked={visible} onChange={(event) => setVisible(event.target.checked)} />
    </>
  );
}
