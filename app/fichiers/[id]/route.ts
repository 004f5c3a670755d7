import { getPublicFile } from "@/lib/offers/catalogue/queries";
import { today } from "@/lib/core/dates/clock";
import { plainText } from "@/lib/core/http/plain-text";
import { contentDispositionAttachment } from "@/lib/core/validation/files";

export const runtime = "nodejs";

/**
 * Public downloads (docs/architecture.md#fichiers): a structure's logo or an attachment of a public offer,
 * always as an attachment with its checked type and `nosniff`, so that no uploaded file is ever
 * rendered by the browser as a page of ours. Anything else is a 404, whatever the id.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const file = await getPublicFile((await params).id, today());
  if (!file) return plainText("Fichier introuvable", 404);
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.content.length),
      "Content-Disposition": contentDispositionAttachment(file.name),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; sandbox",
      "Cache-Control": "public, max-age=300",
    },
  });
}
