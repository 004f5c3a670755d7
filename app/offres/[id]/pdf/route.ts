import { getCachedPublicOffer } from "@/lib/offers/catalogue/cached-queries";
import { loadOfferSheet } from "@/lib/offers/sheet/pdf/load";
import { offerPdfResponse } from "@/lib/offers/sheet/pdf/response";
import { today } from "@/lib/core/dates/clock";
import { plainText } from "@/lib/core/http/plain-text";
import { parseOfferNumber } from "@/lib/core/validation/ids";

export const runtime = "nodejs";

/** « Télécharger la fiche PDF » (docs/produit.md#ce-que-voit-le-public): 404 exactly when the offer's page is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseOfferNumber((await params).id);
  const sheet = id ? await loadOfferSheet(id, today(), getCachedPublicOffer) : null;
  if (!sheet) return plainText("Offre introuvable", 404);
  // Browsers may keep it a minute; visibility is checked again on every request that reaches us.
  return offerPdfResponse(sheet, "public, max-age=60");
}
