import { z } from "zod";

/**
 * Files sent before their form (POST /api/fichiers, docs/architecture.md#fichiers) travel in the form
 * as « id:token » (one field per file). Client-safe: the forms build them, the actions parse them;
 * whether a token is right is decided on attaching (lib/core/files/claims.ts).
 */
export const UPLOAD_GONE_MESSAGE = "Une pièce jointe n'est plus disponible : choisissez-la à nouveau, puis renvoyez le formulaire.";

export const uploadTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/, { error: UPLOAD_GONE_MESSAGE });

const refSchema = z
  .string()
  .transform((value) => {
    const [fileId = "", token = ""] = value.split(":");
    return { fileId, token };
  })
  .pipe(z.object({ fileId: z.uuid({ error: UPLOAD_GONE_MESSAGE }), token: uploadTokenSchema }));

/** Zero, one or several « id:token » values, as FormData gives them. */
export const uploadedFilesSchema = z
  .union([refSchema, z.array(refSchema)])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

export const uploadedFileValue = (file: { fileId: string; token: string }) => `${file.fileId}:${file.token}`;

/** What POST /api/fichiers answers. */
export type UploadedFile = { fileId: string; token: string; name: string; size: number };

/**
 * Sends one file to POST /api/fichiers (the browser's half): the file's id and token, or the French
 * refusal to show next to its field.
 */
export async function sendFile(file: File, purpose: "assistance" | "document"): Promise<{ ok: true; file: UploadedFile } | { ok: false; message: string }> {
  const body = new FormData();
  body.append("file", file);
  try {
    const response = await fetch(`/api/fichiers?pour=${purpose}`, { method: "POST", body });
    const answer = (await response.json().catch(() => ({}))) as Partial<UploadedFile> & { message?: string };
    if (response.ok && answer.fileId && answer.token) return { ok: true, file: answer as UploadedFile };
    return { ok: false, message: answer.message ?? `Le fichier « ${file.name} » n'a pas pu être envoyé. Réessayez dans un instant.` };
  } catch {
    return { ok: false, message: "La connexion a été interrompue pendant l'envoi du fichier : vérifiez votre connexion, puis réessayez." };
  }
}
