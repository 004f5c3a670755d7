"use client";

import type { z } from "zod";
import { Button, ButtonGroup } from "@/components/ui/button";
import { Checkbox, Fieldset, RequiredFieldsNotice, TextField } from "@/components/ui/field";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { FormStatus } from "@/components/ui/form-status";
import { fieldProps, useDialogForm, useSchemaForm } from "@/lib/core/actions/use-action-form";
import { PERMISSION_LABELS } from "@/lib/core/auth/permissions";
import { createMemberAction } from "@/lib/structures/admin/actions";
import { JobAndPhoneFields } from "@/components/users/job-and-phone-fields";
import { createMemberSchema, PERMISSION_ORDER } from "@/lib/users/schemas";

type Values = { structureId: string; firstName: string; lastName: string; email: string; permissions: string[]; jobTitle: string; phone: string };
const FIELDS = ["firstName", "lastName", "email", "permissions", "jobTitle", "phone"] as const;

/**
 * The ARS's « Nouvel utilisateur » for a structure (a structure whose only administrator left): no
 * password, an activation link by email, as for institution users.
 */
export function NewMemberDialog({ structureId, structureName }: { structureId: string; structureName: string }) {
  const empty: Values = { structureId, firstName: "", lastName: "", email: "", permissions: ["ADMIN"], jobTitle: "", phone: "" };
  // The schema accepts what the form holds (a list of strings): same values, wider input type.
  const form = useSchemaForm<z.ZodType, Values>(createMemberSchema, { defaultValues: empty });
  const { open, onOpenChange, topId, formError, submitWith } = useDialogForm(form, { fields: FIELDS });
  const submit = submitWith(
    (values) => createMemberAction(values),
    () => form.reset(empty),
  );
  return (
    <Dialog
      size="lg"
      title={`Nouvel utilisateur de ${structureName}`}
      description="La personne reçoit par email un lien d'activation, valable 72 heures, pour choisir son mot de passe et accepter les CGU."
      open={open}
      onOpenChange={onOpenChange}
      trigger={
        <Button variant="secondary">
          <span aria-hidden="true">+</span> Nouvel utilisateur
        </Button>
      }
    >
      <FormStatus id={topId} error={formError} errorTitle="L'utilisateur n'est pas créé" size="sm" />
      <RequiredFieldsNotice />
      <form noValidate onSubmit={submit} aria-label={`Nouvel utilisateur de ${structureName}`}>
        <TextField label="Prénom" required autoComplete="off" maxLength={100} {...fieldProps(form, "firstName")} />
        <TextField label="Nom" required autoComplete="off" maxLength={100} {...fieldProps(form, "lastName")} />
        <TextField label="Email" type="email" required autoComplete="off" maxLength={254} {...fieldProps(form, "email")} />
        <Fieldset label="Permissions" name="permissions" required hint="Les profils peuvent être cumulés." error={form.formState.errors.permissions?.message}>
          {PERMISSION_ORDER.map((permission) => (
            <Checkbox key={permission} label={PERMISSION_LABELS[permission]} value={permission} {...form.register("permissions")} />
          ))}
        </Fieldset>
        <JobAndPhoneFields jobTitle={fieldProps(form, "jobTitle")} phone={fieldProps(form, "phone")} />
        <ButtonGroup className="justify-end">
          <DialogClose asChild>
            <Button variant="secondary">Annuler</Button>
          </DialogClose>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : "Créer l'utilisateur"}
          </Button>
        </ButtonGroup>
      </form>
    </Dialog>
  );
}
