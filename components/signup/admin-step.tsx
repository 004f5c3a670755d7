"use client";

import type { UseFormReturn } from "react-hook-form";
import { TextField } from "@/components/ui/field";
import type { SignupAdminInput, SignupAdminValues } from "@/lib/signups/schemas";

export type AdminForm = UseFormReturn<SignupAdminInput, unknown, SignupAdminValues>;

/** Step 2 « Informations du compte administrateur » (guide IDF, 3/4). */
export function AdminStep({ form }: { form: AdminForm }) {
  const { register, formState } = form;
  const errors = formState.errors;
  return (
    <>
      <TextField label="Prénom" required autoComplete="given-name" maxLength={100} error={errors.firstName?.message} {...register("firstName")} />
      <TextField label="Nom" required autoComplete="family-name" maxLength={100} error={errors.lastName?.message} {...register("lastName")} />
      <TextField label="Fonction" required autoComplete="organization-title" maxLength={150} error={errors.jobTitle?.message} {...register("jobTitle")} />
      <TextField
        label="Email"
        type="email"
        required
        autoComplete="email"
        hint="Cette adresse mail sera votre identifiant de connexion. Format attendu : nom@domaine.fr"
        maxLength={254}
        error={errors.email?.message}
        {...register("email")}
      />
      <TextField
        label="Téléphone"
        type="tel"
        required
        autoComplete="tel"
        hint="Un numéro français, par exemple 01 23 45 67 89"
        maxLength={40}
        error={errors.phone?.message}
        {...register("phone")}
      />
    </>
  );
}
