"use client";

import { useEffect, useMemo } from "react";
import { Button } from "@/components/ui/button";
import { describedBy, ErrorText, fileInputClass, groupClass, Hint } from "@/components/ui/field-parts";
import { checkLogo, LOGO_MAX_BYTES, LOGO_SIZE_MESSAGE } from "@/lib/core/validation/files";

export type LogoFieldProps = {
  id: string;
  value: File | null;
  onChange: (file: File | null) => void;
  error?: string;
  onError: (message: string | undefined) => void;
};

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024
    ? `${Math.max(1, Math.round(bytes / 1024))} Ko`
    : `${(bytes / 1024 / 1024).toLocaleString("fr-FR", { maximumFractionDigits: 1 })} Mo`;
}

/**
 * « Logo de la structure », optional: checked here by its content with the server's own function
 * (lib/core/validation/files), so that a renamed PDF or a 20 MB photo is refused before any upload, and
 * previewed. The chosen file is held by the wizard, so it survives « ← Retour ».
 */
export function LogoField({ id, value, onChange, error, onError }: LogoFieldProps) {
  const preview = useMemo(() => (value ? URL.createObjectURL(value) : null), [value]);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  async function pick(file: File | undefined, input: HTMLInputElement) {
    if (!file) return;
    // Not even read when too big: the message is enough.
    const message = file.size > LOGO_MAX_BYTES ? LOGO_SIZE_MESSAGE : checkLogo(new Uint8Array(await file.arrayBuffer()), file.name);
    if (message) {
      input.value = "";
      onChange(null);
      onError(message);
      return;
    }
    onError(undefined);
    onChange(file);
  }

  return (
    <div className={groupClass(error)}>
      <label htmlFor={id} className="block text-base text-grey-50">
        Logo de la structure
      </label>
      <Hint id={hintId} hint="Facultatif. Ici votre logo qui apparaîtra sur vos offres : image PNG, JPEG ou WebP, 1 Mo au maximum." />
      <input
        id={id}
        name="logo"
        type="file"
        accept="image/png,image/jpeg,image/webp,.png,.jpg,.jpeg,.webp"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hintId, error && errorId)}
        onChange={(event) => pick(event.target.files?.[0], event.target)}
        className={`mt-2 block w-full ${fileInputClass}`}
      />
      <ErrorText id={errorId} error={error} />
      {value && (
        <div className="mt-4 flex flex-wrap items-center gap-4">
          {/* eslint-disable-next-line @next/next/no-img-element -- a local blob: preview, nothing to optimise */}
          {preview && <img src={preview} alt="Aperçu du logo choisi" className="max-h-24 max-w-48 border border-grey-900 object-contain p-1" />}
          <p className="m-0 text-sm text-grey-200">
            Logo choisi : {value.name} ({formatSize(value.size)})
          </p>
          <Button
            variant="tertiary"
            size="sm"
            onClick={() => {
              onChange(null);
              const input = document.getElementById(id) as HTMLInputElement | null;
              if (input) input.value = "";
            }}
          >
            Retirer le logo
          </Button>
        </div>
      )}
    </div>
  );
}
