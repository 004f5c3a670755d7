"use client";

import type { ReactElement } from "react";
import { Alert } from "@/components/ui/alert";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { TextArea, TextField } from "@/components/ui/field";
import { useDialogForm, useSchemaForm, fieldProps } from "@/lib/core/actions/use-action-form";
import { createFaqEntryAction, updateFaqEntryAction } from "@/lib/help/actions";
import { faqEntrySchema, type FaqEntryInput } from "@/lib/help/schemas";

type Props = {
  /** The entry being edited; none to add one. */
  entry?: { id: number } & FaqEntryInput;
  /** Themes already used, proposed as the admin types. */
  themes: string[];
  trigger: ReactElement;
};

const EMPTY: FaqEntryInput = { theme: "", question: "", answer: "" };

/** « Ajouter une question » / « Modifier »: a dialog with the entry's three fields, checked with the server's schema. */
export function FaqEntryDialog({ entry, themes, trigger }: Props) {
  const form = useSchemaForm(faqEntrySchema, { defaultValues: entry ? { theme: entry.theme, question: entry.question, answer: entry.answer } : EMPTY });
  const { open, onOpenChange, formError, submitWith } = useDialogForm(form, { fields: ["theme", "question", "answer"] });
  const formId = entry ? `faq-form-${entry.id}` : "faq-form-new";

  const save = submitWith(
    (values) => (entry ? updateFaqEntryAction({ entryId: entry.id, ...values }) : createFaqEntryAction(values)),
    () => {
      if (!entry) form.reset(EMPTY);
    },
  );

  return (
    <Dialog
      open={open}
      onOpenChange={onOpenChange}
      size="lg"
      title={entry ? "Modifier la question" : "Ajouter une question"}
      description="La question s'affiche sur la page d'aide pour les visiteurs de votre région, après les questions nationales du même thème."
      trigger={trigger}
      footer={<DialogActions confirmLabel="Enregistrer" pending={form.formState.isSubmitting} form={formId} />}
    >
      <form id={formId} noValidate onSubmit={save}>
        {formError && (
          <Alert tone="error" size="sm">
            <p>{formError}</p>
          </Alert>
        )}
        <TextField
          label="Thème"
          id={`${formId}-theme`}
          required
          maxLength={100}
          list={`${formId}-themes`}
          hint="Choisissez un thème existant ou saisissez-en un nouveau"
          {...fieldProps(form, "theme")}
        />
        <datalist id={`${formId}-themes`}>
          {themes.map((theme) => (
            <option key={theme} value={theme} />
          ))}
        </datalist>
        <TextField label="Question" id={`${formId}-question`} required maxLength={300} {...fieldProps(form, "question")} />
        <TextArea label="Réponse" id={`${formId}-answer`} required rows={8} maxLength={5000} {...fieldProps(form, "answer")} />
      </form>
    </Dialog>
  );
}
