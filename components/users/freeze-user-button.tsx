"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { setUserFrozenAction } from "@/lib/users/actions";

type Props = { userId: string; userName: string; frozen: boolean };

/** « Geler » / « Dégeler » from the list, after a confirmation: freezing ends the user's sessions at once. */
export function FreezeUserButton({ userId, userName, frozen }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const verb = frozen ? "Dégeler" : "Geler";

  async function confirm() {
    setPending(true);
    setError(undefined);
    try {
      const result = await setUserFrozenAction({ userId, frozen: !frozen });
      if (!result.ok) return setError(result.message);
      setOpen(false);
      router.refresh();
    } catch {
      setError("La modification n'a pas pu être envoyée (connexion interrompue ?). Réessayez dans un instant.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) setError(undefined);
      }}
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
        <>
          <DialogClose asChild>
            <Button variant="secondary">Annuler</Button>
          </DialogClose>
          <Button variant={frozen ? "primary" : "danger"} onClick={confirm} disabled={pending}>
            {pending ? "Enregistrement…" : verb}
          </Button>
        </>
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
