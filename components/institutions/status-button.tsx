"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRefreshingAction } from "@/lib/core/actions/use-action-form";
import {
  deactivateInstitutionAction,
  deactivateInstitutionUserAction,
  reactivateInstitutionAction,
  reactivateInstitutionUserAction,
} from "@/lib/institutions/actions";

type Target = { kind: "institution"; id: string; name: string; isActive: boolean } | { kind: "user"; id: string; name: string; isActive: boolean };

const TEXTS = {
  institution: {
    deactivate: "Ses périodes disparaissent du calendrier et ses utilisateurs ne peuvent plus se connecter. Rien n'est supprimé : vous pourrez le réactiver.",
  },
  user: { deactivate: "Cette personne ne pourra plus se connecter. Vous pourrez la réactiver." },
} as const;

/** « Désactiver » (after a confirmation) / « Réactiver » an institution or one of its users. */
export function StatusButton({ target }: { target: Target }) {
  const { error, pending, run } = useRefreshingAction();

  const deactivate = () =>
    run(() =>
      target.kind === "institution" ? deactivateInstitutionAction({ institutionId: target.id }) : deactivateInstitutionUserAction({ userId: target.id }),
    );
  const reactivate = () =>
    run(() =>
      target.kind === "institution" ? reactivateInstitutionAction({ institutionId: target.id }) : reactivateInstitutionUserAction({ userId: target.id }),
    );

  return (
    <div>
      {target.isActive ? (
        <ConfirmButton
          label="Désactiver"
          srSuffix={target.name}
          title={`Désactiver ${target.name} ?`}
          description={TEXTS[target.kind].deactivate}
          confirmLabel="Désactiver"
          pending={pending}
          onConfirm={deactivate}
        />
      ) : (
        <Button size="sm" variant="secondary" onClick={reactivate} disabled={pending}>
          Réactiver<span className="sr-only"> {target.name}</span>
        </Button>
      )}
      {error && (
        <Alert tone="error" size="sm" className="mt-2">
          <p>{error}</p>
        </Alert>
      )}
    </div>
  );
}
