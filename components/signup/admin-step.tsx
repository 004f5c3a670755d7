"use client";

import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import type { SignupAdminInput, SignupAdminValues } from "@/lib/signups/schemas";
import { fieldProps } from "@/lib/core/actions/use-action-form";

export type AdminForm = UseFormReturn<SignupAdminInput, unknown, SignupAdminValues>;

/** Step 2 « Informations du compte administrateur » (guide IDF, 3/4). */
export function AdminStep({ form }: { form: AdminForm }) {
  return (
    <>
      <TextField label="Prénom" required autoComplete="given-name" maxLength={100} {...fieldProps(form, "firstName")} />
      <TextField label="Nom" required autoComplete="family-name" maxLength={100} {...fieldProps(form, "lastName")} />
      <TextField label="Fonction" required autoComplete="organization-title" maxLength={150} {...fieldProps(form, "jobTitle")} />
      <TextField
        label="Email"
        type="email"
        required
        autoComplete="email"
        hint="Cette adresse mail sera votre identifiant de connexion. Format attendu : nom@domaine.fr"
        maxLength={254}
        {...fieldProps(form, "email")}
      />
      <TextField
        label="Téléphone"
        type="tel"
        required
        autoComplete="tel"
        hint="Un numéro français, par exemple 01 23 45 67 89"
        maxLength={40}
        {...fieldProps(form, "phone")}
      />
    </>
  );
}
