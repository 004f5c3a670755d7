"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useRefreshingAction } from "@/lib/core/actions/use-action-form";
import { deactivateReferenceItemAction, deleteReferenceItemAction, moveReferenceItemAction, reactivateReferenceItemAction } from "@/lib/references/actions";
import { RenameItemDialog } from "./rename-item-dialog";

type Props = {
  item: { id: number; label: string; isActive: boolean; usage: number };
  isFirst: boolean;
  isLast: boolean;
  /** « du formulaire des offres et des filtres du catalogue public »… */
  usedIn: string;
};

/** A row's actions: rename, move up / down, deactivate or reactivate, delete when unused. */
export function ItemActions({ item, isFirst, isLast, usedIn }: Props) {
  const { error, pending, submit } = useRefreshingAction();
  const ref = { itemId: item.id };

  return (
    <div>
      <div className="flex flex-wrap gap-2">
        <RenameItemDialog item={item} />
        <Button size="sm" variant="tertiary" disabled={pending || isFirst} onClick={() => submit(moveReferenceItemAction, { ...ref, direction: "up" })}>
          Monter<span className="sr-only"> {item.label}</span>
        </Button>
        <Button size="sm" variant="tertiary" disabled={pending || isLast} onClick={() => submit(moveReferenceItemAction, { ...ref, direction: "down" })}>
          Descendre<span className="sr-only"> {item.label}</span>
        </Button>
        {item.isActive ? (
          <ConfirmButton
            label="Désactiver"
            srSuffix={item.label}
            title={`Désactiver « ${item.label} » ?`}
            description={`Il disparaîtra ${usedIn}, mais restera affiché là où il est déjà utilisé. Vous pourrez le réactiver.`}
            confirmLabel="Désactiver"
            pending={pending}
            onConfirm={() => submit(deactivateReferenceItemAction, ref)}
          />
        ) : (
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => submit(reactivateReferenceItemAction, ref)}>
            Réactiver<span className="sr-only"> {item.label}</span>
          </Button>
        )}
        {item.usage === 0 && (
          <ConfirmButton
            label="Supprimer"
            srSuffix={item.label}
            title={`Supprimer « ${item.label} » ?`}
            description="Cet élément n'est utilisé nulle part : il sera définitivement retiré de la liste."
            confirmLabel="Supprimer"
            pending={pending}
            onConfirm={() => submit(deleteReferenceItemAction, ref)}
          />
        )}
      </div>
      {error && (
        <Alert tone="error" size="sm" className="mt-2">
          <p>{error}</p>
        </Alert>
      )}
    </div>
  );
}
