"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, ErrorText, fileInputClass, groupClass, Hint } from "@/components/ui/field-parts";
import { fileSizeMessage, fileTypeMessage, MAX_SUPPORT_ATTACHMENTS, SUPPORT_ACCEPT, SUPPORT_EXTENSIONS, SUPPORT_FILE_TYPES } from "@/lib/help/schemas";
import { ATTACHMENT_MAX_BYTES, checkAttachment, fileExtension } from "@/lib/core/validation/files";

const SLOTS = Array.from({ length: MAX_SUPPORT_ATTACHMENTS }, (_, index) => index + 1);
const HINT =
  "Facultatif. Jusqu'à 3 pièces jointes de 10 Mo chacune au maximum. Formats acceptés : PDF, JPEG, PNG et tableurs (xlsx, xls, ods, csv). Une capture d'écran de votre difficulté aide beaucoup.";

/** French error for a chosen file, judged as the server will: extension, size, then content. */
async function problemOf(file: File): Promise<string | null> {
  if (!(SUPPORT_EXTENSIONS as readonly string[]).includes(fileExtension(file.name))) return fileTypeMessage(file.name);
  if (file.size > ATTACHMENT_MAX_BYTES) return fileSizeMessage(file.name);
  return checkAttachment(new Uint8Array(await file.arrayBuffer()), file.name, { allowedTypes: SUPPORT_FILE_TYPES });
}

/**
 * « Pièce(s) jointe(s) » (guide SAS): three file inputs sharing the name `attachments`, one file each,
 * which is easier than a multiple selection for files from different folders. A refused file is
 * taken out of its input at once, its reason shown under it; the group's error comes from the server.
 */
export function SupportAttachmentsField({ error }: { error?: string }) {
  const [problems, setProblems] = useState<Record<number, string | undefined>>({});
  const [chosen, setChosen] = useState<Record<number, boolean>>({});

  async function pick(slot: number, input: HTMLInputElement) {
    const file = input.files?.[0];
    const problem = file ? await problemOf(file) : null;
    if (problem) input.value = "";
    setProblems((current) => ({ ...current, [slot]: problem ?? undefined }));
    setChosen((current) => ({ ...current, [slot]: Boolean(file) && !problem }));
  }

  function clear(slot: number) {
    const input = document.getElementById(`attachment-${slot}`) as HTMLInputElement | null;
    if (input) {
      input.value = "";
      input.focus();
    }
    setChosen((current) => ({ ...current, [slot]: false }));
  }

  return (
    <fieldset className={groupClass(error, "m-0 min-w-0 border-0 p-0")} aria-describedby={describedBy("attachments-hint", error && "attachments-error")}>
      <legend className="mb-1 p-0 text-base text-grey-50">Pièce(s) jointe(s)</legend>
      <Hint id="attachments-hint" hint={HINT} />
      <ErrorText id="attachments-error" error={error} />
      {SLOTS.map((slot) => (
        <div key={slot} className="mt-4">
          <label htmlFor={`attachment-${slot}`} className="block text-sm text-grey-50">
            Pièce jointe {slot}
          </label>
          <div className="flex flex-wrap items-center gap-3">
            <input
              id={`attachment-${slot}`}
              name="attachments"
              type="file"
              accept={SUPPORT_ACCEPT}
              aria-invalid={problems[slot] ? true : undefined}
              aria-describedby={problems[slot] ? `attachment-${slot}-error` : undefined}
              onChange={(event) => pick(slot, event.target)}
              className={`mt-2 block ${fileInputClass}`}
            />
            {chosen[slot] && (
              <Button variant="tertiary" size="sm" onClick={() => clear(slot)}>
                Retirer<span className="sr-only"> la pièce jointe {slot}</span>
              </Button>
            )}
          </div>
          <ErrorText id={`attachment-${slot}-error`} error={problems[slot]} />
        </div>
      ))}
    </fieldset>
  );
}
