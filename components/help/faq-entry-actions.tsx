"use client";

import { ConfirmButton } from "@/components/ui/confirm-button";
import { Button, ButtonGroup } from "@/components/ui/button";
import { deleteFaqEntryAction, moveFaqEntryAction } from "@/lib/help/actions";
import type { FaqEntryInput } from "@/lib/help/schemas";
import { useRefreshingAction } from "@/lib/core/actions/use-action-form";
import { FaqEntryDialog } from "./faq-entry-dialog";

type Props = { entry: { id: number } & FaqEntryInput; themes: string[]; isFirst: boolean; isLast: boolean };

/** The row actions of one of the région's entries: « Monter », « Descendre », « Modifier », « Supprimer ». */
export function FaqEntryActions({ entry, themes, isFirst, isLast }: Props) {
  const { error, pending, submit } = useRefreshingAction();

  const label = `« ${entry.question} »`;
  return (
    <div>
      <ButtonGroup>
        {!isFirst && (
          <Button size="sm" variant="tertiary" disabled={pending} onClick={() => submit(moveFaqEntryAction, { entryId: entry.id, direction: "up" })}>
            Monter<span className="sr-only"> la question {label}</span>
          </Button>
        )}
        {!isLast && (
          <Button size="sm" variant="tertiary" disabled={pending} onClick={() => submit(moveFaqEntryAction, { entryId: entry.id, direction: "down" })}>
            Descendre<span className="sr-only"> la question {label}</span>
          </Button>
        )}
        <FaqEntryDialog
          entry={entry}
          themes={themes}
          trigger={
            <Button size="sm" variant="secondary">
              Modifier<span className="sr-only"> la question {label}</span>
            </Button>
          }
        />
        <ConfirmButton
          label="Supprimer"
          srSuffix={`la question ${label}`}
          title="Supprimer cette question ?"
          description={`La question ${label} et sa réponse ne seront plus affichées sur la page d'aide.`}
          confirmLabel="Supprimer la question"
          pending={pending}
          onConfirm={() => submit(deleteFaqEntryAction, { entryId: entry.id })}
        />
      </ButtonGroup>
      {error && (
        <p role="alert" className="m-0 mt-2 text-sm text-error">
          {error}
        </p>
      )}
    </div>
  );
}
