"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { TextArea } from "@/components/ui/field";
import { applyServerErrors } from "@/lib/core/actions/form-errors";
import type { ActionResult } from "@/lib/core/actions/result";
import { useRefreshingAction, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { answerSupportRequestAction, markSupportRequestHandledAction } from "@/lib/help/actions";
import { answerSupportRequestSchema } from "@/lib/help/schemas";

/**
 * « Répondre »: the answer leaves by email (through the outbox), the requester's message quoted
 * under it, and the request is marked handled. « Marquer comme traitée » closes it without an email.
 */
export function SupportAnswerForm({ requestId, email, handled }: { requestId: string; email: string; handled: boolean }) {
  const [done, setDone] = useState<string>();
  const { error, pending, submit } = useRefreshingAction();
  const form = useSchemaForm(answerSupportRequestSchema, { defaultValues: { requestId, answer: "" } });

  /** With its submission key: « Envoyer la réponse » clicked again after a lost answer sends one email. */
  function run<I>(action: (input: I) => Promise<ActionResult<unknown>>, input: Exclude<I, FormData>, success: string, then?: () => void) {
    setDone(undefined);
    submit(
      action,
      input,
      () => {
        setDone(success);
        then?.();
      },
      (result) => applyServerErrors(form, result, { fields: ["answer"] }).message,
    );
  }

  const reply = form.handleSubmit(() =>
    run(answerSupportRequestAction, form.getValues(), `Réponse envoyée par email à ${email}.`, () => form.reset({ requestId, answer: "" })),
  );

  return (
    <section aria-labelledby="repondre" className="max-w-3xl">
      <h2 id="repondre">Répondre</h2>
      {done && (
        <Alert tone="success" data-testid="support-answer-done">
          <p>{done}</p>
        </Alert>
      )}
      {error && (
        <Alert tone="error" title="Action non enregistrée">
          <p>{error}</p>
        </Alert>
      )}
      <form noValidate onSubmit={reply}>
        <TextArea
          label="Votre réponse"
          required
          rows={8}
          maxLength={5000}
          hint={`Envoyée par email à ${email}, avec son message cité en dessous. La demande sera marquée comme traitée.`}
          {...fieldProps(form, "answer")}
        />
        <ButtonGroup>
          <Button type="submit" disabled={pending}>
            {pending ? "Envoi…" : "Envoyer la réponse"}
          </Button>
          {!handled && (
            <Button
              variant="secondary"
              disabled={pending}
              onClick={() => run(markSupportRequestHandledAction, { requestId }, "Demande marquée comme traitée.")}
            >
              Marquer comme traitée
            </Button>
          )}
        </ButtonGroup>
      </form>
    </section>
  );
}
