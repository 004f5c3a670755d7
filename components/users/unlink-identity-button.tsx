"use client";

import { unlinkIdentityAction } from "@/lib/core/auth/oidc/actions";
import { ActionConfirmButton } from "@/components/ui/confirm-button";

/** « Dissocier » in a row of « Identités associées »: refused inside the dialog when it is the last way to log in. */
export function UnlinkIdentityButton({ identityId, name }: { identityId: string; name: string }) {
  return (
    <ActionConfirmButton
      label="Dissocier"
      srSuffix={`l'identité ${name}`}
      title={`Dissocier l'identité ${name} ?`}
      description={`Vous ne pourrez plus vous connecter à ce compte avec ${name}, sauf à l'associer de nouveau.`}
      confirmLabel="Dissocier"
      variant="danger"
      action={() => unlinkIdentityAction({ identityId })}
    />
  );
}
