import { authorizeRoute } from "@/lib/core/auth/guards";
import { readFile } from "@/lib/core/files";
import { privateDownloadResponse } from "@/lib/core/http/file-download";
import { plainText } from "@/lib/core/http/plain-text";
import { getStructureOffer } from "@/lib/offers/queries";
import { isUuid, parseOfferNumber } from "@/lib/core/validation/ids";

/**
 * A « Document utile » of an offer of the caller's structure, in any state (drafts and pending
 * modifications included), served as a download with its checked type.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const access = await authorizeRoute(["offer.view"], "structure", {
    login: "Connectez-vous pour télécharger ce document.",
    forbidden: "Vous n'avez pas accès aux offres.",
  });
  if (access.denied) return access.denied;
  const { id, fileId } = await params;
  const offerId = parseOfferNumber(id);
  if (!offerId || !isUuid(fileId)) return plainText("Document introuvable", 404);
  const space = await getStructureOffer(access.scopeId, offerId);
  if (!space?.attachments.some((file) => file.fileId === fileId)) return plainText("Document introuvable", 404);
  const file = await readFile(fileId);
  if (!file) return plainText("Document introuvable", 404);
  return privateDownloadResponse(file);
}
