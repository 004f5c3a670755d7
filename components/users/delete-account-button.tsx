"use client";

import { deleteInstitutionUserAction } from "@/lib/institutions/actions";
import { deleteMemberAction } from "@/lib/structures/admin/actions";
import { deleteUserAction } from "@/lib/users/actions";
import { ActionConfirmButton } from "@/components/ui/confirm-button";

/** Who deletes: the structure's ADMIN, the ARS for a structure's user, the ARS for an institution's user. */
const ACTIONS = { structure: deleteUserAction, ars: deleteMemberAction, institution: deleteInstitutionUserAction };

/** « Supprimer » an account (docs/produit.md#comptes-et-securite): personal data erased, histories kept. */
export function DeleteAccountButton({ userId, userName, scope }: { userId: string; userName: string; scope: keyof typeof ACTIONS }) {
  return (
    <ActionConfirmButton
      label="Supprimer"
      srSuffix={userName}
      title={`Supprimer le compte de ${userName} ?`}
      description="Ses données personnelles (nom, email, téléphone, fonction) sont effacées et son adresse redevient libre ; ses actions restent dans les historiques sous « Utilisateur supprimé ». C'est définitif."
      confirmLabel="Supprimer le compte"
      variant="danger"
      action={() => ACTIONS[scope]({ userId })}
    />
  );
}
