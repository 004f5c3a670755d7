"use client";

import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextArea } from "@/components/ui/field";
import { applyServerErrors } from "@/lib/core/actions/form-errors";
import { useActionDialog, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { freezeStructureAction, unfreezeStructureAction } from "@/lib/structures/admin/actions";
import { FREEZE_REASON_MAX, freezeStructureSchema } from "@/lib/structures/admin/schemas";

type Props = { structureId: string; structureName: string; frozen: boolean };

const FORM_ID = "geler-structure";

/**
 * « Geler » (with its mandatory reason, sent to the structure's administrators) / « Dégeler », each
 * behind a Radix confirmation dialog. The reason is checked with the action's own schema first.
 */
export function FreezeStructureButton({ structureId, structureName, frozen }: Props) {
  const { open, onOpenChange, error, pending, run } = useActionDialog();
  const form = useSchemaForm(freezeStructureSchema, { defaultValues: { structureId, reason: "" } });
  const verb = frozen ? "Dégeler" : "Geler";

  const freeze = form.handleSubmit(() =>
    run(
      () => freezeStructureAction(form.getValues()),
      () => form.reset(),
      (result) => applyServerErrors(form, result, { fields: ["reason"] }).message,
    ),
  );

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (!next) form.clearErrors();
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
        frozen ? (
          <DialogActions confirmLabel="Dégeler la structure" pending={pending} onConfirm={() => run(() => unfreezeStructureAction({ structureId }))} />
        ) : (
          <DialogActions confirmLabel="Geler la structure" variant="danger" pending={pending} form={FORM_ID} />
        )
      }
    >
      {error && (
        <Alert tone="error" size="sm" data-testid="freeze-structure-error">
          <p>{error}</p>
        </Alert>
      )}
      {!frozen && (
        <form id={FORM_ID} onSubmit={freeze} noValidate>
          <TextArea
            id={`${FORM_ID}-reason`}
            label="Motif du gel"
            required
            hint={`Envoyé aux administrateurs de la structure (${FREEZE_REASON_MAX.toLocaleString("fr-FR")} caractères maximum).`}
            rows={4}
            {...fieldProps(form, "reason")}
          />
        </form>
      )}
    </Dialog>
  );
}
