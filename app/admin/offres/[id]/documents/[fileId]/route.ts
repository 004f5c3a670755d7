import { getRegionOffer } from "@/lib/offers/admin/queries";
import { authorizeRoute } from "@/lib/core/auth/guards";
import { readFile } from "@/lib/core/files";
import { privateDownloadResponse } from "@/lib/core/http/file-download";
import { plainText } from "@/lib/core/http/plain-text";
import { parseOfferNumber } from "@/lib/core/validation/ids";

/** A « Document utile » of an offer of the admin's région, in any state, as a download with its checked type. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const access = await authorizeRoute(["regionOffers.view"], "region", {
    login: "Connectez-vous pour télécharger ce document.",
    forbidden: "Vous n'avez pas accès aux offres de la région.",
  });
  if (access.denied) return access.denied;
  const { id, fileId } = await params;
  const offerId = parseOfferNumber(id);
  const offer = offerId ? await getRegionOffer(access.scopeId, offerId) : null;
  const file = offer?.attachments.some((attachment) => attachment.fileId === fileId) ? await readFile(fileId) : null;
  if (!file) return plainText("Document introuvable", 404);
  return privateDownloadResponse(file);
}
