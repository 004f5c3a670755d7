"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { useActionDialog } from "@/lib/core/actions/use-action-form";
import { setUserFrozenAction } from "@/lib/users/actions";

type Props = { userId: string; userName: string; frozen: boolean };

/** « Geler » / « Dégeler » from the list, after a confirmation: freezing ends the user's sessions at once. */
export function FreezeUserButton({ userId, userName, frozen }: Props) {
  const { open, onOpenChange, error, pending, run } = useActionDialog();
  const verb = frozen ? "Dégeler" : "Geler";

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      title={`${verb} le compte de ${userName} ?`}
      description={
        frozen
          ? "L'utilisateur pourra de nouveau se connecter avec son mot de passe."
          : "L'utilisateur ne pourra plus se connecter, et ses sessions ouvertes se ferment à sa prochaine action. Rien n'est supprimé : vous pourrez le dégeler."
      }
      trigger={
        <Button variant={frozen ? "secondary" : "tertiary"} size="sm">
          {verb}
          <span className="sr-only"> {userName}</span>
        </Button>
      }
      footer={
        <DialogActions
          confirmLabel={verb}
          variant={frozen ? "primary" : "danger"}
          pending={pending}
          onConfirm={() => run(() => setUserFrozenAction({ userId, frozen: !frozen }))}
        />
      }
    >
      {error && (
        <Alert tone="error" data-testid="freeze-error">
          <p>{error}</p>
        </Alert>
      )}
    </Dialog>
  );
}
