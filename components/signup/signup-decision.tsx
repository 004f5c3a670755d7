"use client";

import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/field";
import { applyServerErrors } from "@/lib/core/actions/form-errors";
import type { ActionResult } from "@/lib/core/actions/result";
import { useRefreshingAction, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { acceptSignupAction, refuseSignupAction } from "@/lib/signups/actions";
import { refuseSignupSchema } from "@/lib/signups/schemas";

/**
 * « Accepter » (confirmed in a dialog: it creates the account and sends the activation email) and
 * « Refuser » (a dialog asking for the reason, which the requester receives). The server refuses a
 * second decision, so a double click or two admins at once change nothing twice.
 */
export function SignupDecision({ requestId, structureName, email }: { requestId: string; structureName: string; email: string }) {
  const { error, pending, run, router } = useRefreshingAction();
  const form = useSchemaForm(refuseSignupSchema, { defaultValues: { requestId, reason: "" } });

  // The request leaves the list once decided: back to it, with the decision said at its top.
  function decide(call: () => Promise<ActionResult<unknown>>, done: string) {
    run(
      call,
      () => {
        router.replace(`/admin/demandes?decision=${done}`);
        return false;
      },
      (result) => applyServerErrors(form, result, { fields: ["reason"] }).message,
    );
  }

  const refuse = form.handleSubmit(() => decide(() => refuseSignupAction(form.getValues()), "refusee"));

  const formId = `refus-${requestId}`;
  return (
    <div>
      {error && (
        <Alert tone="error" title="Décision non enregistrée" size="sm">
          <p>{error}</p>
        </Alert>
      )}
      <ButtonGroup>
        <Dialog
          title={`Accepter la demande de « ${structureName} » ?`}
          description={`La structure et son compte administrateur seront créés, avec les quatre permissions. Un email d'activation, valable 72 heures, sera envoyé à ${email}.`}
          trigger={<Button disabled={pending}>Accepter</Button>}
          footer={
            <DialogActions
              confirmLabel="Accepter la demande"
              pending={pending}
              pendingLabel="Création du compte…"
              onConfirm={() => decide(() => acceptSignupAction({ requestId }), "acceptee")}
            />
          }
        >
          {error && (
            <Alert tone="error" size="sm">
              <p>{error}</p>
            </Alert>
          )}
        </Dialog>
        <Dialog
          title={`Refuser la demande de « ${structureName} »`}
          description="Le motif sera envoyé par email au demandeur : soyez clair et, si possible, indiquez ce qu'il peut faire."
          trigger={
            <Button variant="secondary" disabled={pending}>
              Refuser
            </Button>
          }
          footer={<DialogActions confirmLabel="Refuser la demande" variant="danger" pending={pending} pendingLabel="Envoi…" form={formId} />}
        >
          <form id={formId} noValidate onSubmit={refuse}>
            {error && (
              <Alert tone="error" size="sm">
                <p>{error}</p>
              </Alert>
            )}
            <TextArea label="Motif du refus" id={`motif-${requestId}`} required rows={5} maxLength={2000} {...fieldProps(form, "reason")} />
          </form>
        </Dialog>
      </ButtonGroup>
    </div>
  );
}
