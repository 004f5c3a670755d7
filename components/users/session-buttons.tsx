"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { useActionDialog } from "@/lib/core/actions/use-action-form";
import { endAllSessionsAction, endSessionAction } from "@/lib/core/auth/sessions/actions";
import { ActionConfirmButton } from "@/components/ui/confirm-button";

/** « Fermer cette session » in a row of « Sessions ouvertes »: that browser is logged out at its next request. */
export function EndSessionButton({ sessionId, device }: { sessionId: string; device: string }) {
  return (
    <ActionConfirmButton
      label="Fermer"
      srSuffix={`la session ${device}`}
      title={`Fermer la session ${device} ?`}
      description="Ce navigateur sera déconnecté à sa prochaine action. Il faudra y saisir de nouveau le mot de passe."
      confirmLabel="Fermer la session"
      variant="danger"
      action={() => endSessionAction({ sessionId })}
    />
  );
}

/** « Se déconnecter de tous les appareils »: every session ends, this one included (then the login page). */
export function EndAllSessionsButton() {
  const { open, onOpenChange, error, pending, run } = useActionDialog();
  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title="Se déconnecter de tous les appareils ?"
      description="Toutes vos sessions se ferment, y compris celle-ci : il faudra vous reconnecter partout. Utile si vous avez oublié de vous déconnecter sur un ordinateur partagé ou perdu un appareil."
      trigger={<Button variant="secondary">Se déconnecter de tous les appareils</Button>}
      footer={<DialogActions confirmLabel="Tout déconnecter" variant="danger" pending={pending} onConfirm={() => run(() => endAllSessionsAction({}))} />}
    >
      {error && (
        <Alert tone="error" size="sm">
          <p>{error}</p>
        </Alert>
      )}
    </Dialog>
  );
}
