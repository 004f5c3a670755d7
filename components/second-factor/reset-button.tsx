"use client";

import { ActionConfirmButton } from "@/components/ui/confirm-button";
import { resetSecondFactorAction } from "@/lib/core/auth/second-factor/actions";

/** « Réinitialiser la double authentification » of one account, for an admin of its région. */
export function ResetSecondFactorButton({ userId, name }: { userId: string; name: string }) {
  return (
    <ActionConfirmButton
      label="Réinitialiser la double authentification"
      srSuffix={`de ${name}`}
      title={`Réinitialiser la double authentification de ${name} ?`}
      description="Son application d'authentification, ses codes de secours et ses clés d'accès ne fonctionneront plus, et ses sessions se ferment. Cette personne en est avertie par email. À faire seulement après avoir vérifié que c'est bien elle qui le demande."
      confirmLabel="Réinitialiser"
      variant="danger"
      action={() => resetSecondFactorAction({ userId })}
    />
  );
}
