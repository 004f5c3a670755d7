"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { RadioGroup, RequiredFieldsNotice, Select, TextArea, TextField } from "@/components/ui/field";
import { checkInput, placeFieldErrors, refusalMessage, runAction } from "@/lib/core/actions/form-errors";
import type { ActionFailure } from "@/lib/core/actions/result";
import { newSubmissionKey, SUBMISSION_FIELD } from "@/lib/core/actions/submission-key";
import { sendFile, uploadedFileValue } from "@/lib/core/validation/uploaded-files";
import { submitSupportRequestAction } from "@/lib/help/actions";
import { REQUESTER_ROLES, SUPPORT_TOPICS, supportRequestSchema, type SupportRequestField } from "@/lib/help/schemas";
import { SupportAttachmentsField } from "./support-attachments-field";

export type SupportFormDefaults = { requesterRole?: string; regionCode?: string; name?: string; email?: string; phone?: string };

type Props = { regions: { code: string; name: string }[]; defaults: SupportFormDefaults };

const FIELD_ORDER: SupportRequestField[] = ["requesterRole", "regionCode", "name", "email", "phone", "topic", "subject", "message", "attachments"];

/** « Nom », « Adresse email », « Téléphone » (the only optional one), in this order. */
const CONTACT_FIELDS = [
  { name: "name", label: "Nom", required: true, autoComplete: "name", maxLength: 150, hint: "Vos prénom et nom" },
  {
    name: "email",
    label: "Adresse email",
    required: true,
    type: "email",
    autoComplete: "email",
    maxLength: 254,
    hint: "La réponse vous sera envoyée à cette adresse. Format attendu : nom@domaine.fr",
  },
  {
    name: "phone",
    label: "Téléphone",
    required: false,
    type: "tel",
    autoComplete: "tel",
    maxLength: 30,
    hint: "Facultatif, si vous préférez être rappelé. Format attendu : 01 23 45 67 89",
  },
] as const;

/** What the schema sees: the form's fields as FormData carries them (files included). */
function valuesOf(data: FormData) {
  return {
    requesterRole: String(data.get("requesterRole") ?? ""),
    regionCode: String(data.get("regionCode") ?? ""),
    name: String(data.get("name") ?? ""),
    email: String(data.get("email") ?? ""),
    phone: String(data.get("phone") ?? ""),
    topic: String(data.get("topic") ?? ""),
    subject: String(data.get("subject") ?? ""),
    message: String(data.get("message") ?? ""),
    attachments: data.getAll("attachments").filter((value): value is File => value instanceof File),
  };
}

/**
 * The form's FormData with its chosen files replaced by their « id:token », each file sent first, one
 * after the other, to POST /api/fichiers (streamed there, never held whole by the server); or the
 * French refusal of the first file that did not pass.
 */
async function withFilesSent(data: FormData): Promise<{ ok: true; data: FormData } | { ok: false; message: string }> {
  const sent = new FormData();
  for (const [name, value] of data.entries()) if (name !== "attachments") sent.append(name, value);
  for (const file of data.getAll("attachments")) {
    if (!(file instanceof File) || file.size === 0) continue;
    const result = await sendFile(file, "assistance");
    if (!result.ok) return result;
    sent.append("uploadedFiles", uploadedFileValue(result.file));
  }
  return { ok: true, data: sent };
}

/**
 * Checks the form with the server's schema, sends its files, then the form. A plain form (without
 * JavaScript, its files travel in the FormData), so the door's placing rule is applied by hand.
 */
function useSupportRequestSubmit() {
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<Record<SupportRequestField, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [pending, setPending] = useState(false);
  const submissionKey = useRef<string>(null);
  const error = (field: SupportRequestField) => errors[field];

  function show(result: ActionFailure) {
    const placed = placeFieldErrors(result.fieldErrors, FIELD_ORDER);
    setErrors(Object.fromEntries(placed.map(({ field, message }) => [field, message])));
    setFormError(refusalMessage(result, placed.length > 0));
    const first = placed[0]?.field;
    if (first)
      formRef.current
        ?.querySelector<HTMLElement>(first === "requesterRole" ? "[name=requesterRole]" : first === "attachments" ? "[name=attachments]" : `#${first}`)
        ?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const fieldErrors = checkInput(supportRequestSchema, valuesOf(data));
    if (fieldErrors) return show({ ok: false, code: "INVALID", fieldErrors });
    setPending(true);
    const sent = await withFilesSent(data);
    if (!sent.ok) {
      setPending(false);
      return show({ ok: false, code: "INVALID", fieldErrors: { attachments: [sent.message] } });
    }
    // One key per submission, kept until it succeeds: sent again after a lost answer, it is stored once.
    submissionKey.current ??= newSubmissionKey();
    sent.data.set(SUBMISSION_FIELD, submissionKey.current);
    const result = await runAction(() => submitSupportRequestAction(sent.data));
    setPending(false);
    if (result.ok) return router.push("/aide/assistance/confirmation");
    show(result);
  }

  return { formRef, submit, error, formError, pending };
}

/**
 * « Formulaire d'assistance » (guide SAS). Checked here with the server's schema, its files sent to
 * POST /api/fichiers, then the form. The form is never reset by a refusal: what was typed and the files chosen stay in place,
 * each error next to its field, and the focus goes to the first field to correct.
 */
export function SupportRequestForm({ regions, defaults }: Props) {
  const { formRef, submit, error, formError, pending } = useSupportRequestSubmit();

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="max-w-3xl" aria-label="Formulaire d'assistance">
      <RequiredFieldsNotice />
      {formError && (
        <Alert tone="error" title="Demande non envoyée" data-testid="support-form-error">
          <p>{formError}</p>
        </Alert>
      )}
      <RadioGroup
        label="Vous êtes"
        name="requesterRole"
        required
        inline
        defaultValue={defaults.requesterRole}
        options={Object.entries(REQUESTER_ROLES).map(([value, label]) => ({ value, label }))}
        error={error("requesterRole")}
      />
      <Select
        label="Région"
        name="regionCode"
        required
        hint="Votre demande est transmise aux administrateurs de la plateforme de cette région (agence régionale de santé)."
        placeholder="Sélectionnez votre région"
        defaultValue={defaults.regionCode ?? ""}
        options={regions.map((region) => ({ value: region.code, label: region.name }))}
        error={error("regionCode")}
      />
      {CONTACT_FIELDS.map(({ name, ...field }) => (
        <TextField key={name} name={name} {...field} defaultValue={defaults[name]} error={error(name)} />
      ))}
      <Select
        label="Votre demande concerne"
        name="topic"
        required
        placeholder="Sélectionnez un sujet"
        defaultValue=""
        options={Object.entries(SUPPORT_TOPICS).map(([value, label]) => ({ value, label }))}
        error={error("topic")}
      />
      <TextField
        label="Objet"
        name="subject"
        required
        maxLength={200}
        hint="En quelques mots, par exemple « Mon offre n'apparaît pas »"
        error={error("subject")}
      />
      <TextArea
        label="Message"
        name="message"
        required
        rows={8}
        maxLength={5000}
        hint="Soyez précis : décrivez pas à pas votre difficulté et indiquez l'adresse (URL) de la page concernée. Veillez à ne pas diffuser de données à caractère personnel inutiles."
        error={error("message")}
      />
      <SupportAttachmentsField error={error("attachments")} />
      <Button type="submit" disabled={pending}>
        {pending ? "Envoi en cours…" : "Envoyer ma demande"}
      </Button>
    </form>
  );
}
