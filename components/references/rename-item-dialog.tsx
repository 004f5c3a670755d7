"use client";

import { Button, ButtonGroup } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { useDialogForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { renameReferenceItemAction } from "@/lib/references/actions";
import { LABEL_MAX, renameReferenceItemSchema } from "@/lib/references/schemas";

const labelOnly = renameReferenceItemSchema.pick({ label: true });
const FIELDS = ["label"] as const;

/**
 * « Renommer » in a dialog. Offers, structures and periods point at the item by id: the new label
 * shows everywhere at once, on what was published before too.
 */
export function RenameItemDialog({ item }: { item: { id: number; label: string } }) {
  const form = useSchemaForm(labelOnly, { defaultValues: { label: item.label } });
  const { open, onOpenChange, topId, formError, submitWith } = useDialogForm(form, { fields: FIELDS });

  const submit = submitWith((values) => renameReferenceItemAction({ itemId: item.id, label: values.label }));

  return (
    <Dialog
      title={`Renommer « ${item.label} »`}
      description="Le nouvel intitulé remplace l'ancien partout, y compris sur les offres déjà publiées."
      open={open}
      onOpenChange={(next) => {
        onOpenChange(next);
        if (next) form.reset({ label: item.label });
      }}
      trigger={
        <Button size="sm" variant="tertiary">
          Renommer<span className="sr-only"> {item.label}</span>
        </Button>
      }
    >
      <FormStatus id={topId} error={formError} errorTitle="L'élément n'est pas renommé" size="sm" />
      <form noValidate onSubmit={submit} aria-label={`Renommer « ${item.label} »`}>
        <TextField id={`intitule-${item.id}`} label="Nouvel intitulé" required maxLength={LABEL_MAX} {...fieldProps(form, "label")} />
        <ButtonGroup className="justify-end">
          <DialogClose asChild>
            <Button variant="secondary">Annuler</Button>
          </DialogClose>
          <Button type="submit" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "Enregistrement…" : "Renommer"}
          </Button>
        </ButtonGroup>
      </form>
    </Dialog>
  );
}
