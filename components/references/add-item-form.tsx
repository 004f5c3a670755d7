"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import type { ReferenceKind } from "@/db/schema/enums";
import { useActionForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { addReferenceItemAction } from "@/lib/references/actions";
import { addReferenceItemSchema, LABEL_MAX, REFERENCE_KIND_TEXT } from "@/lib/references/schemas";

const FIELDS = ["label"] as const;

/** « Ajouter » an item at the end of a list; a duplicate label is refused next to the field. */
export function AddItemForm({ kind }: { kind: ReferenceKind }) {
  const router = useRouter();
  const text = REFERENCE_KIND_TEXT[kind];
  const form = useSchemaForm(addReferenceItemSchema, { defaultValues: { kind, label: "" } });
  const { topId, formError, done, submitWith } = useActionForm(form, { fields: FIELDS });
  const [added, setAdded] = useState("");

  const submit = submitWith(addReferenceItemAction, (_data, values) => {
    setAdded(values.label.trim());
    form.reset({ kind, label: "" });
    router.refresh();
  });

  return (
    <section aria-labelledby={`${topId}-titre`} className="mb-8 max-w-2xl">
      <h3 id={`${topId}-titre`}>{text.newItem}</h3>
      <FormStatus id={topId} error={formError} errorTitle="L'élément n'est pas ajouté" size="sm">
        {done && added && <Alert tone="success" size="sm" title={`« ${added} » a été ajouté à la fin de la liste.`} />}
      </FormStatus>
      <form noValidate onSubmit={submit} aria-label={text.newItem} className="flex flex-wrap items-end gap-4">
        <input type="hidden" {...form.register("kind")} />
        <TextField
          label="Intitulé"
          required
          maxLength={LABEL_MAX}
          hint="Il apparaît tel quel dans les formulaires et les filtres."
          groupClassName="min-w-64 flex-1"
          {...fieldProps(form, "label")}
        />
        <Button type="submit" className="mb-6" disabled={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? "Ajout…" : "Ajouter"}
        </Button>
      </form>
    </section>
  );
}
