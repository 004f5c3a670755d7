import { contentDispositionAttachment } from "@/lib/core/validation/files";

/**
 * A stored file that only logged-in users may download (an offer's « Documents utiles »): always
 * an attachment with its checked type and `nosniff`, so that no uploaded file is ever rendered by
 * the browser as a page of ours; kept out of shared caches.
 */
export function privateDownloadResponse(file: { name: string; mimeType: string; size: number; content: Uint8Array }): Response {
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.size),
      "Content-Disposition": contentDispositionAttachment(file.name),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
