"use client";

import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorText, fileInputClass, Hint } from "@/components/ui/field-parts";
import { useRefreshingAction } from "@/lib/core/actions/use-action-form";
import { sendFile } from "@/lib/core/validation/uploaded-files";
import { attachOfferAttachmentAction, removeOfferAttachmentAction } from "@/lib/offers/actions";
import { MAX_ATTACHMENTS_LABEL } from "./labels";

export type AttachmentItem = { fileId: string; name: string; size: number };

function sizeLabel(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString("fr-FR")} ko`;
  return `${(bytes / (1024 * 1024)).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/** The offer's documents, each with « Retirer ». */
function AttachmentList({ attachments, pending, onRemove }: { attachments: AttachmentItem[]; pending: boolean; onRemove: (item: AttachmentItem) => void }) {
  if (attachments.length === 0) return <p className="text-sm text-grey-425">Aucun document pour l&apos;instant.</p>;
  return (
    <ul className="m-0 mb-4 list-none p-0">
      {attachments.map((item) => (
        <li key={item.fileId} className="flex flex-wrap items-center gap-3 border-b border-grey-900 py-2">
          <span>
            {item.name} <span className="text-xs text-grey-425">({sizeLabel(item.size)})</span>
          </span>
          <Button size="sm" variant="tertiary" onClick={() => onRemove(item)} disabled={pending} aria-label={`Retirer le document ${item.name}`}>
            Retirer
          </Button>
        </li>
      ))}
    </ul>
  );
}

/**
 * « Documents utiles » (docs/produit.md#assistant-en-quatre-etapes): up to 5 files of 10 MB, each sent on its own to
 * POST /api/fichiers (streamed, judged by its content there), then added to the offer.
 */
export function AttachmentsField({ offerId, attachments }: { offerId: number | null; attachments: AttachmentItem[] }) {
  const inputId = useId();
  const [hintId, errorId] = [`${inputId}-hint`, `${inputId}-error`];
  const input = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState("");
  const { error, setError, pending, run } = useRefreshingAction();

  // Choosing the file adds it: a separate « Ajouter » button let people pick a file, click
  // « Suivant » and lose it without a word.
  function upload() {
    const file = input.current?.files?.[0];
    if (!file) return;
    if (!offerId) return setError("Enregistrez d'abord le brouillon, puis ajoutez les documents.");
    setError(undefined);
    setStatus(`Envoi du document « ${file.name} »…`);
    run(
      // The file goes first to POST /api/fichiers, read there as a stream; the action then adds it to the offer.
      async () => {
        const sent = await sendFile(file, "document");
        if (!sent.ok) return { ok: false, code: "INVALID", fieldErrors: { file: [sent.message] } } as const;
        return attachOfferAttachmentAction({ offerId, fileId: sent.file.fileId, token: sent.file.token });
      },
      (added) => {
        setStatus(`Document « ${added.name} » ajouté.`);
        if (input.current) input.current.value = "";
      },
      (result) => {
        setStatus("");
        // Emptied, so that choosing the same file again (once fixed) sends it again.
        if (input.current) input.current.value = "";
        return result.fieldErrors?.file?.[0];
      },
    );
  }

  function remove(item: AttachmentItem) {
    if (!offerId) return;
    run(
      () => removeOfferAttachmentAction({ offerId, fileId: item.fileId }),
      () => setStatus(`Document « ${item.name} » retiré.`),
    );
  }

  return (
    <section aria-labelledby={`${inputId}-title`} className="mb-6">
      <h3 id={`${inputId}-title`} className="mb-2 text-base font-normal">
        Documents utiles
      </h3>
      <AttachmentList attachments={attachments} pending={pending} onRemove={remove} />
      <label htmlFor={inputId} className="block">
        Ajouter un document
      </label>
      <Hint id={hintId} hint={`${MAX_ATTACHMENTS_LABEL} Le document est ajouté dès que vous l'avez choisi.`} />
      <div className="mt-2 flex flex-wrap items-center gap-3">
        <input
          ref={input}
          id={inputId}
          type="file"
          aria-describedby={`${hintId}${error ? ` ${errorId}` : ""}`}
          aria-invalid={error ? true : undefined}
          onChange={upload}
          disabled={pending || attachments.length >= 5}
          className={fileInputClass}
        />
      </div>
      <ErrorText id={errorId} error={error} />
      <p role="status" className="m-0 mt-2 min-h-6 text-sm text-grey-425">
        {status}
      </p>
    </section>
  );
}
