import { authorizeRoute } from "@/lib/core/auth/guards";
import { getSupportAttachment } from "@/lib/help/queries";
import { privateDownloadResponse } from "@/lib/core/http/file-download";
import { plainText } from "@/lib/core/http/plain-text";
import { isUuid } from "@/lib/core/validation/ids";

/**
 * An attachment of a « Demande d'assistance », for the admins of its région only (a forged id of
 * another région's request or file is a 404), served as a download with its checked type.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const access = await authorizeRoute(["help.manage"], "region", { login: "Connectez-vous pour télécharger ce document." });
  if (access.denied) return access.denied;
  const { id, fileId } = await params;
  const file = isUuid(id) && isUuid(fileId) ? await getSupportAttachment(access.scopeId, id, fileId) : null;
  if (!file) return plainText("Document introuvable", 404);
  return privateDownloadResponse(file);
}
