"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactElement } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose } from "@/components/ui/dialog";
import { TextArea, TextField } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/core/actions/result";
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
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<FaqEntryInput>(entry ?? EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);
  const formId = entry ? `faq-form-${entry.id}` : "faq-form-new";
  const set = (field: keyof FaqEntryInput) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    const checked = faqEntrySchema.safeParse(values);
    if (!checked.success) {
      const fieldErrors: FieldErrors = {};
      for (const issue of checked.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
      return setErrors(fieldErrors);
    }
    setPending(true);
    setFormError(undefined);
    try {
      const result = entry ? await updateFaqEntryAction({ entryId: entry.id, ...values }) : await createFaqEntryAction(values);
      if (!result.ok) {
        setErrors(result.fieldErrors ?? {});
        setFormError(result.message);
        return;
      }
      setOpen(false);
      if (!entry) setValues(EMPTY);
      router.refresh();
    } catch {
      setFormError("L'enregistrement n'a pas abouti (connexion interrompue ?). Réessayez dans un instant.");
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setErrors({});
          setFormError(undefined);
        }
      }}
      size="lg"
      title={entry ? "Modifier la question" : "Ajouter une question"}
      description="La question s'affiche sur la page d'aide pour les visiteurs de votre région, après les questions nationales du même thème."
      trigger={trigger}
      footer={
        <>
          <DialogClose asChild>
            <Button variant="secondary">Annuler</Button>
          </DialogClose>
          <Button type="submit" form={formId} disabled={pending}>
            {pending ? "Enregistrement…" : "Enregistrer"}
          </Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={save}>
        {formError && (
          <Alert tone="error" size="sm">
            <p>{formError}</p>
          </Alert>
        )}
        <TextField
          label="Thème"
          name="theme"
          id={`${formId}-theme`}
          required
          maxLength={100}
          list={`${formId}-themes`}
          hint="Choisissez un thème existant ou saisissez-en un nouveau"
          value={values.theme}
          onChange={set("theme")}
          error={errors.theme?.[0]}
        />
        <datalist id={`${formId}-themes`}>
          {themes.map((theme) => (
            <option key={theme} value={theme} />
          ))}
        </datalist>
        <TextField
          label="Question"
          name="question"
          id={`${formId}-question`}
          required
          maxLength={300}
          value={values.question}
          onChange={set("question")}
          error={errors.question?.[0]}
        />
        <TextArea
          label="Réponse"
          name="answer"
          id={`${formId}-answer`}
          required
          rows={8}
          maxLength={5000}
          value={values.answer}
          onChange={set("answer")}
          error={errors.answer?.[0]}
        />
      </form>
    </Dialog>
  );
}
