"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RequiredFieldsNotice, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { createInstitutionUserAction } from "@/lib/institutions/actions";
import { institutionUserSchema, type InstitutionUserInput } from "@/lib/institutions/schemas";

const FIELDS = ["firstName", "lastName", "email", "jobTitle", "phone"] as const;

/**
 * « Nouvel utilisateur » of an institution: no password here, the user receives an activation link
 * valid 72 hours to choose it (docs/produit.md#inscription-dun-offreur, #comptes-et-securite: no password ever travels in an email).
 */
export function InstitutionUserForm({ institutionId }: { institutionId: string }) {
  const router = useRouter();
  const empty: InstitutionUserInput = { institutionId, firstName: "", lastName: "", email: "", jobTitle: "", phone: "" };
  const form = useSchemaForm(institutionUserSchema, { defaultValues: empty });
  const { topId, formError, done, submitWith } = useActionForm(form, { fields: FIELDS });
  const [created, setCreated] = useState("");

  const submit = submitWith(createInstitutionUserAction, (_data, values) => {
    setCreated(values.email.trim().toLowerCase());
    form.reset(empty);
    router.refresh();
  });

  return (
    <div className="max-w-2xl">
      <FormStatus id={topId} error={formError} errorTitle="L'utilisateur n'est pas créé">
        {done && (
          <Alert tone="success" title="Utilisateur créé" data-testid="institution-user-created">
            <p>Un courriel avec un lien d&apos;activation (valable 72 heures) a été envoyé à {created}.</p>
          </Alert>
        )}
      </FormStatus>
      <RequiredFieldsNotice />
      <form noValidate onSubmit={submit} aria-label="Nouvel utilisateur">
        <div className="grid gap-x-6 sm:grid-cols-2">
          <TextField label="Prénom" required autoComplete="off" {...fieldProps(form, "firstName")} />
          <TextField label="Nom" required autoComplete="off" {...fieldProps(form, "lastName")} />
        </div>
        <TextField
          label="Email"
          type="email"
          required
          autoComplete="off"
          hint="Son identifiant de connexion : une adresse par compte sur toute la plateforme."
          {...fieldProps(form, "email")}
        />
        <TextField label="Fonction" required {...fieldProps(form, "jobTitle")} />
        <TextField label="Téléphone" type="tel" required hint="Par exemple : 01 23 45 67 89" {...fieldProps(form, "phone")} />
        <Button type="submit" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Création…" : "Créer l'utilisateur"}
        </Button>
      </form>
    </div>
  );
}
