"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { deletePeriodAction, duplicatePeriodAction } from "@/lib/availability/actions";
import { runAction } from "./action-form";
import { ConfirmButton } from "./confirm-button";

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
