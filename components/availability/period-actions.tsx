"use client";

import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { deletePeriodAction, duplicatePeriodAction } from "@/lib/availability/actions";
import { useRefreshingAction } from "@/lib/core/actions/use-action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";

/** « Dupliquer » (opens the copy to adjust it) and « Supprimer » (after a confirmation) for one period. */
export function PeriodActions({ periodId, title, afterDelete }: { periodId: string; title: string; afterDelete?: string }) {
  const { error, pending, submit, router } = useRefreshingAction();

  const duplicate = () =>
    submit(duplicatePeriodAction, { periodId }, (copy) => {
      router.push(`/espace/disponibilites/${copy.id}?copie=1`);
      return false;
    });

  const remove = () =>
    submit(deletePeriodAction, { periodId }, () => {
      if (!afterDelete) return;
      router.push(afterDelete);
      return false;
    });

  return (
    <div>
      <ButtonGroup className="gap-2">
        <Button size="sm" variant="secondary" disabled={pending} onClick={duplicate}>
          Dupliquer<span className="sr-only"> la période {title}</span>
        </Button>
        <ConfirmButton
          label="Supprimer"
          srSuffix={`la période ${title}`}
          title="Supprimer cette période ?"
          description={`${title}. Elle disparaîtra du calendrier ; cette suppression est définitive.`}
          confirmLabel="Supprimer la période"
          pending={pending}
          onConfirm={remove}
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
