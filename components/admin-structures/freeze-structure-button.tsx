"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { runAction } from "@/components/availability/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/field";
import { freezeStructureAction, unfreezeStructureAction } from "@/lib/structures/admin/actions";
import { FREEZE_REASON_MAX, freezeStructureSchema } from "@/lib/structures/admin/schemas";

type Props = { structureId: string; structureName: string; frozen: boolean };

const FORM_ID = "geler-structure";

/**
 * « Geler » (with its mandatory reason, sent to the structure's administrators) / « Dégeler », each
 * behind a Radix confirmation dialog. The reason is checked with the action's own schema first.
 */
export function FreezeStructureButton({ structureId, structureName, frozen }: Props) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [reasonError, setReasonError] = useState<string>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);
  const verb = frozen ? "Dégeler" : "Geler";

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setError(undefined);
    if (!frozen) {
      const parsed = freezeStructureSchema.safeParse({ structureId, reason });
      const message = parsed.success ? undefined : parsed.error.issues.find((issue) => issue.path[0] === "reason")?.message;
      setReasonError(message);
      if (message) return document.getElementById(`${FORM_ID}-reason`)?.focus();
    }
    setPending(true);
    const result = await runAction(() => (frozen ? unfreezeStructureAction({ structureId }) : freezeStructureAction({ structureId, reason })));
    setPending(false);
    if (!result.ok) {
      const fieldMessage = result.fieldErrors?.reason?.[0];
      if (fieldMessage) return setReasonError(fieldMessage);
      return setError(result.message);
    }
    setOpen(false);
    setReason("");
    router.refresh();
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) {
          setError(undefined);
          setReasonError(undefined);
        }
      }}
      title={`${verb} ${structureName} ?`}
      description={
        frozen
          ? "Ses utilisateurs pourront de nouveau se connecter et ses offres publiées réapparaîtront dans le catalogue. Ses administrateurs sont prévenus par email."
          : "Ses utilisateurs ne pourront plus se connecter (leurs sessions ouvertes se ferment) et ses offres disparaissent du catalogue public. Rien n'est supprimé : vous pourrez la dégeler."
      }
      trigger={
        <Button variant={frozen ? "primary" : "danger"}>
          {verb}
          <span className="sr-only"> la structure</span>
        </Button>
      }
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Annuler</Button>
          </DialogClose>
          {frozen ? (
            <Button onClick={() => submit()} disabled={pending}>
              {pending ? "Enregistrement…" : "Dégeler la structure"}
            </Button>
          ) : (
            <Button type="submit" form={FORM_ID} variant="danger" disabled={pending}>
              {pending ? "Enregistrement…" : "Geler la structure"}
            </Button>
          )}
        </>
      }
    >
      {error && (
        <Alert tone="error" size="sm" data-testid="freeze-structure-error">
          <p>{error}</p>
        </Alert>
      )}
      {!frozen && (
        <form id={FORM_ID} onSubmit={submit} noValidate>
          <TextArea
            id={`${FORM_ID}-reason`}
            label="Motif du gel"
            name="reason"
            required
            hint={`Envoyé aux administrateurs de la structure (${FREEZE_REASON_MAX.toLocaleString("fr-FR")} caractères maximum).`}
            rows={4}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={reasonError}
          />
        </form>
      )}
    </Dialog>
  );
}
