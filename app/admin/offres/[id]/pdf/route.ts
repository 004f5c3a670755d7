import { getRegionOffer } from "@/lib/offers/admin/queries";
import { authorizeRoute } from "@/lib/core/auth/guards";
import { offerPdfResponse } from "@/lib/offers/sheet/pdf/response";
import { plainText } from "@/lib/core/http/plain-text";
import { buildSpaceOfferSheet } from "@/lib/offers/sheet/space-sheet";
import { parseOfferNumber } from "@/lib/core/validation/ids";

export const runtime = "nodejs";

/** The PDF of any offer of the admin's région, whatever its state, deleted ones included (the same document as everywhere). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await authorizeRoute(["regionOffers.view"], "region", {
    login: "Connectez-vous pour télécharger cette fiche.",
    forbidden: "Vous n'avez pas accès aux offres de la région.",
  });
  if (access.denied) return access.denied;
  const id = parseOfferNumber((await params).id);
  const offer = id ? await getRegionOffer(access.scopeId, id) : null;
  if (!offer) return plainText("Offre introuvable", 404);
  return offerPdfResponse(await buildSpaceOfferSheet(offer, offer.offer), "private, no-store");
}
