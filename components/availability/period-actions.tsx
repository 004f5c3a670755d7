"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { deletePeriodAction, duplicatePeriodAction } from "@/lib/availability/actions";
import { runAction } from "./form-errors";

/** « Dupliquer » (opens the copy to adjust it) and « Supprimer » (after a confirmation) for one period. */
export function PeriodActions({ periodId, title, afterDelete }: { periodId: string; title: string; afterDelete?: string }) {
  const router = useRouter();
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  const duplicate = () =>
    startTransition(async () => {
      const result = await runAction(() => duplicatePeriodAction({ periodId }));
      if (!result.ok) return setError(result.message);
      router.push(`/espace/disponibilites/${result.data.id}?copie=1`);
    });

  const remove = () =>
    startTransition(async () => {
      const result = await runAction(() => deletePeriodAction({ periodId }));
      if (!result.ok) return setError(result.message);
      if (afterDelete) router.push(afterDelete);
      else router.refresh();
    });

  return (
    <div>
      <ButtonGroup className="gap-2">
        <Button size="sm" variant="secondary" disabled={pending} onClick={duplicate}>
          Dupliquer<span className="sr-only"> la période {title}</span>
        </Button>
        <Dialog
          title="Supprimer cette période ?"
          description={`${title}. Elle disparaîtra du calendrier ; cette suppression est définitive.`}
          trigger={
            <Button size="sm" variant="tertiary" disabled={pending}>
              Supprimer<span className="sr-only"> la période {title}</span>
            </Button>
          }
          footer={
            <ButtonGroup className="justify-end">
              <DialogClose asChild>
                <Button variant="secondary">Annuler</Button>
              </DialogClose>
              <Button variant="danger" onClick={remove} disabled={pending}>
                Supprimer la période
              </Button>
            </ButtonGroup>
          }
        />
      </ButtonGroup>
      {error && (
        <Alert tone="error" size="sm" className="mt-2">
          <p>{error}</p>
        </Alert>
      )}
    </div>
  );
}
