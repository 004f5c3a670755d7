"use client";

import { useState, type ComponentPropsWithRef, type ReactNode } from "react";
import { PasswordRules } from "@/components/auth/password-rules";
import { Checkbox, TextField } from "@/components/ui/field";
import type { PasswordContext } from "@/lib/core/validation/password";

type InputProps = Omit<ComponentPropsWithRef<"input">, "name"> & { name: string };

type Props = {
  id: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  /** `register("password")` and `register("confirmation")` of the caller's form. */
  password: InputProps;
  confirmation: InputProps;
  passwordError?: string;
  confirmationError?: string;
  /** What is typed, for the rules checked live (docs/produit.md#comptes-et-securite). */
  typed: string;
  context: PasswordContext;
};

/** « Mot de passe » + « Confirmation du mot de passe », with the rules ticked as the user types. */
export function NewPasswordFields({ id, label, hint, required, password, confirmation, passwordError, confirmationError, typed, context }: Props) {
  const [visible, setVisible] = useState(false);
  const type = visible ? "text" : "password";
  const rulesId = `${id}-regles`;
  return (
    <>
      <TextField
        label={label}
        hint={hint}
        type={type}
        autoComplete="new-password"
        required={required}
        aria-describedby={rulesId}
        error={passwordError}
        {...password}
        id={id}
        groupClassName="mb-3"
      />
      <PasswordRules id={rulesId} password={typed} context={context} />
      <TextField
        label="Confirmation du mot de passe"
        type={type}
        autoComplete="new-password"
        required={required}
        error={confirmationError}
        {...confirmation}
        id={`${id}-confirmation`}
      />
      <Checkbox label="Afficher les mots de passe" name={`${id}-afficher`} checked={visible} onChange={(event) => setVisible(event.target.checked)} />
    </>
  );
}
