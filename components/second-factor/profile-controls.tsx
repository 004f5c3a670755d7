"use client";

import { useState } from "react";
import { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useActionForm, useRefreshingAction, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { disableTotpAction, regenerateRecoveryCodesAction } from "@/lib/core/auth/second-factor/actions";
import { currentPasswordSchema } from "@/lib/core/auth/second-factor/schemas";
import { ActionConfirmButton } from "@/components/ui/confirm-button";
import { deletePasskeyAction } from "@/lib/core/auth/second-factor/passkey-actions";
import { RecoveryCodes } from "./recovery-codes";

/** « Générer de nouveaux codes de secours »: the old ones stop working, the new ones are shown once. */
export function RegenerateRecoveryCodes() {
  const { error, pending, run } = useRefreshingAction();
  const [codes, setCodes] = useState<string[] | null>(null);
  if (codes) return <RecoveryCodes codes={codes} />;
  return (
    <div className="mb-6">
      {error && (
        <Alert tone="error" size="sm">
          <p>{error}</p>
        </Alert>
      )}
      <Button
        variant="secondary"
        disabled={pending}
        onClick={() =>
          run(
            () => regenerateRecoveryCodesAction({}),
            (data) => {
              setCodes(data.recoveryCodes);
              return false;
            },
          )
        }
      >
        Générer de nouveaux codes de secours
      </Button>
    </div>
  );
}

type Password = z.input<typeof currentPasswordSchema>;

/** « Désactiver la double authentification »: with the password (a session left open is not enough). */
export function DisableTotpForm() {
  const form = useSchemaForm<typeof currentPasswordSchema, Password>(currentPasswordSchema, { defaultValues: { currentPassword: "" } });
  const { topId, formError, submitWith } = useActionForm(form);
  const { router } = useRefreshingAction();
  return (
    <form noValidate onSubmit={submitWith(disableTotpAction, () => router.refresh())} aria-labelledby="titre-desactiver" className="max-w-xl">
      <h3 id="titre-desactiver">Désactiver la double authentification</h3>
      <FormStatus id={topId} error={formError} errorTitle="Double authentification toujours active" />
      <TextField label="Mot de passe actuel" type="password" autoComplete="current-password" required {...fieldProps(form, "currentPassword")} />
      <Button type="submit" variant="danger" disabled={form.formState.isSubmitting}>
        Désactiver
      </Button>
    </form>
  );
}

type PasskeySummary = { id: string; name: string; lastUsed: string | null };

/** The account's passkeys, each with « Supprimer ». */
export function PasskeyList({ keys }: { keys: PasskeySummary[] }) {
  if (keys.length === 0) return <p>Aucune clé d&apos;accès enregistrée.</p>;
  return (
    <ul className="mb-6 max-w-3xl" data-testid="passkey-list">
      {keys.map((key) => (
        <li key={key.id} className="flex flex-wrap items-center justify-between gap-4 border-b border-grey-900 py-2">
          <span>
            {key.name}
            {key.lastUsed && <span className="block text-sm text-grey-425">Dernière utilisation : {key.lastUsed}</span>}
          </span>
          <ActionConfirmButton
            label="Supprimer"
            srSuffix={key.name}
            title="Supprimer cette clé d'accès ?"
            description="Elle ne permettra plus de vous connecter. Vous pourrez en ajouter une autre."
            confirmLabel="Supprimer la clé"
            variant="danger"
            action={() => deletePasskeyAction({ passkeyId: key.id })}
          />
        </li>
      ))}
    </ul>
  );
}
