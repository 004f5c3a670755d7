"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useWatch, type UseFormReturn } from "react-hook-form";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup, ButtonLink } from "@/components/ui/button";
import { Checkbox, Fieldset, RequiredFieldsNotice, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ActionResult } from "@/lib/core/actions/result";
import { useActionForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { PERMISSION_LABELS } from "@/lib/core/auth/permissions";
import { createUserAction, updateUserAction } from "@/lib/users/actions";
import { createUserSchema, PERMISSION_ORDER, updateUserSchema } from "@/lib/users/schemas";
import { JobAndPhoneFields } from "./job-and-phone-fields";
import { NewPasswordFields } from "./new-password-fields";

/** guide IDF « Description des permissions » (docs/produit.md#roles-et-permissions). */
const PERMISSION_HINTS: Record<(typeof PERMISSION_ORDER)[number], string> = {
  CONSULTATION: "Peut consulter les offres de la structure et télécharger leur fiche PDF.",
  GESTIONNAIRE: "Peut consulter, créer et modifier toutes les offres de la structure, et supprimer les brouillons.",
  ADMIN: "Peut modifier le compte offreur et administrer les comptes utilisateurs de la structure.",
  VALIDEUR: "Peut consulter, modifier, supprimer et publier (valider) toutes les offres de la structure.",
};

type Values = {
  /** Editing only: validated by the same schema as the server's. */
  userId?: string;
  firstName: string;
  lastName: string;
  email: string;
  password: string;
  confirmation: string;
  permissions: string[];
  jobTitle: string;
  phone: string;
  active: boolean;
};

const FIELDS = ["firstName", "lastName", "email", "password", "confirmation", "permissions", "jobTitle", "phone", "active"] as const;

export type EditedUser = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  permissions: string[];
  jobTitle: string;
  phone: string;
  active: boolean;
  isSelf: boolean;
};

const PASSWORD_HINTS = {
  editing:
    "Laissez vide pour conserver le mot de passe actuel. Un nouveau mot de passe est temporaire : l'utilisateur devra le changer à sa prochaine connexion.",
  creating:
    "Mot de passe temporaire, à communiquer vous-même à l'utilisateur (il n'est jamais envoyé par email) : il devra le changer à sa première connexion.",
};

function defaultsOf(user: EditedUser | undefined): Values {
  return {
    ...(user ? { userId: user.id } : {}),
    firstName: user?.firstName ?? "",
    lastName: user?.lastName ?? "",
    email: user?.email ?? "",
    password: "",
    confirmation: "",
    permissions: user?.permissions ?? [],
    jobTitle: user?.jobTitle ?? "",
    phone: user?.phone ?? "",
    active: user?.active ?? true,
  };
}

type UserFormState = UseFormReturn<Values, unknown, unknown>;

/** The names are typed when creating only; an account keeps them for good. */
function NameFields({ user, form }: { user?: EditedUser; form: UserFormState }) {
  if (!user) {
    return (
      <>
        <TextField label="Prénom" required autoComplete="off" maxLength={100} {...fieldProps(form, "firstName")} />
        <TextField label="Nom" required autoComplete="off" maxLength={100} {...fieldProps(form, "lastName")} />
      </>
    );
  }
  return (
    <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-bold">Prénom</dt>
      <dd className="m-0">{user.firstName}</dd>
      <dt className="font-bold">Nom</dt>
      <dd className="m-0">{user.lastName}</dd>
      <dd className="col-span-2 m-0 text-sm text-grey-425">Le nom et le prénom associés au compte ne peuvent pas être modifiés.</dd>
    </dl>
  );
}

/** The four permissions, cumulative, each with what it allows. */
function PermissionsField({ form }: { form: UserFormState }) {
  return (
    <Fieldset label="Permissions" name="permissions" required hint="Les profils peuvent être cumulés." error={form.formState.errors.permissions?.message}>
      {PERMISSION_ORDER.map((permission) => (
        <Checkbox
          key={permission}
          label={PERMISSION_LABELS[permission]}
          hint={PERMISSION_HINTS[permission]}
          value={permission}
          {...form.register("permissions")}
        />
      ))}
    </Fieldset>
  );
}

/**
 * « Nouvel utilisateur » and « Modifier » (guide IDF « Utilisateurs » 2/2, guide IDF ch. 7): the same
 * fields, but the first and last name are only shown when editing (never editable), and the
 * password is then optional (empty: unchanged).
 */
export function UserForm({ user }: { user?: EditedUser }) {
  const router = useRouter();
  const editing = Boolean(user);
  // The schemas accept what the form holds (strings, a boolean, a list): same values, wider input types.
  const form = useSchemaForm<z.ZodType, Values>(editing ? updateUserSchema : createUserSchema, { defaultValues: defaultsOf(user) });
  const { topId, formError, done, submitWith } = useActionForm(form, { fields: FIELDS });
  const email = useWatch({ control: form.control, name: "email" });

  const submit = submitWith(
    (values): Promise<ActionResult<unknown>> => (user ? updateUserAction({ ...values, userId: user.id }) : createUserAction(values)),
    (_data, values) => {
      if (!user) {
        router.push("/espace/utilisateurs?enregistre=1");
        return false;
      }
      form.reset({ ...values, password: "", confirmation: "" });
      router.refresh();
    },
  );

  return (
    <div className="max-w-3xl">
      <FormStatus id={topId} error={formError} errorTitle="L'utilisateur n'est pas enregistré" errorTestId="user-error">
        {done && (
          <Alert tone="success" title="Enregistré avec succès" data-testid="user-saved">
            <p>Les modifications s&apos;appliquent dès la prochaine page ouverte par cet utilisateur.</p>
          </Alert>
        )}
      </FormStatus>
      <RequiredFieldsNotice />
      <form noValidate onSubmit={submit} aria-label={editing ? "Modifier l'utilisateur" : "Nouvel utilisateur"}>
        <NameFields user={user} form={form} />
        <TextField
          label="Email"
          type="email"
          required
          autoComplete="off"
          hint="L'identifiant de connexion de l'utilisateur : une seule adresse par compte sur toute la plateforme."
          maxLength={254}
          {...fieldProps(form, "email")}
        />
        {user?.isSelf ? (
          <p className="mb-6">
            Pour changer votre propre mot de passe, passez par <Link href="/espace/profil">Mon profil</Link>.
          </p>
        ) : (
          <NewPasswordFields
            id="password"
            label={editing ? "Nouveau mot de passe" : "Mot de passe"}
            hint={editing ? PASSWORD_HINTS.editing : PASSWORD_HINTS.creating}
            required={!editing}
            form={form}
            context={{ email }}
          />
        )}
        <PermissionsField form={form} />
        <JobAndPhoneFields jobTitle={fieldProps(form, "jobTitle")} phone={fieldProps(form, "phone")} />
        <Checkbox label="Activé" hint="Un compte non activé (« Gelé ») ne peut pas se connecter." {...fieldProps(form, "active")} groupClassName="mb-8" />
        <ButtonGroup className="justify-end">
          <ButtonLink href="/espace/utilisateurs" variant="secondary">
            <span aria-hidden="true">⊘</span> Annuler
          </ButtonLink>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            <span aria-hidden="true">✓</span> {form.formState.isSubmitting ? "Enregistrement…" : "Enregistrer"}
          </Button>
        </ButtonGroup>
      </form>
    </div>
  );
}
