"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonGroup } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/field";
import type { ActionResult } from "@/lib/core/actions/result";
import { acceptSignupAction, refuseSignupAction } from "@/lib/signups/actions";
import { refuseSignupSchema } from "@/lib/signups/schemas";

const UNREACHABLE = "La décision n'a pas pu être enregistrée (connexion interrompue ?). Réessayez dans un instant.";

/**
 * « Accepter » (confirmed in a dialog: it creates the account and sends the activation email) and
 * « Refuser » (a dialog asking for the reason, which the requester receives). The server refuses a
 * second decision, so a double click or two admins at once change nothing twice.
 */
export function SignupDecision({ requestId, structureName, email }: { requestId: string; structureName: string; email: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string>();
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();

  async function decide(call: () => Promise<ActionResult<unknown>>, done: string): Promise<ActionResult<unknown> | null> {
    setPending(true);
    setError(undefined);
    try {
      const result = await call();
      if (result.ok) router.replace(`/admin/demandes?decision=${done}`);
      else setError(result.message);
      return result;
    } catch {
      setError(UNREACHABLE);
      return null;
    } finally {
      setPending(false);
    }
  }

  async function refuse(event: FormEvent) {
    event.preventDefault();
    const checked = refuseSignupSchema.shape.reason.safeParse(reason);
    if (!checked.success) return setReasonError(checked.error.issues[0].message);
    setReasonError(undefined);
    const result = await decide(() => refuseSignupAction({ requestId, reason }), "refusee");
    if (result && !result.ok) setReasonError(result.fieldErrors?.reason?.[0]);
  }

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
            <>
              <DialogClose asChild>
                <Button variant="secondary">Annuler</Button>
              </DialogClose>
              <Button disabled={pending} onClick={() => decide(() => acceptSignupAction({ requestId }), "acceptee")}>
                {pending ? "Création du compte…" : "Accepter la demande"}
              </Button>
            </>
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
          footer={
            <>
              <DialogClose asChild>
                <Button variant="secondary">Annuler</Button>
              </DialogClose>
              <Button type="submit" form={formId} variant="danger" disabled={pending}>
                {pending ? "Envoi…" : "Refuser la demande"}
              </Button>
            </>
          }
        >
          <form id={formId} noValidate onSubmit={refuse}>
            {error && (
              <Alert tone="error" size="sm">
                <p>{error}</p>
              </Alert>
            )}
            <TextArea
              label="Motif du refus"
              name="reason"
              id={`motif-${requestId}`}
              required
              rows={5}
              maxLength={2000}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              error={reasonError}
            />
          </form>
        </Dialog>
      </ButtonGroup>
    </div>
  );
}
