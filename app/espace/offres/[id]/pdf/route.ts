import { authorizeRoute } from "@/lib/core/auth/guards";
import { offerPdfResponse } from "@/lib/offers/sheet/pdf/response";
import { plainText } from "@/lib/core/http/plain-text";
import { getStructureOffer } from "@/lib/offers/queries";
import { buildSpaceOfferSheet } from "@/lib/offers/sheet/space-sheet";
import { parseOfferNumber } from "@/lib/core/validation/ids";

export const runtime = "nodejs";

/**
 * The PDF of any offer of the caller's structure, whatever its state (the public route serves
 * public offers only). Same document and answer as the public one (lib/offers/sheet/pdf), with the
 * published content. A route handler: it checks the session, the capability and the ownership itself.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await authorizeRoute(["offer.view"], "structure", {
    login: "Connectez-vous pour télécharger cette fiche.",
    forbidden: "Vous n'avez pas accès aux offres.",
  });
  if (access.denied) return access.denied;
  const id = parseOfferNumber((await params).id);
  const space = id ? await getStructureOffer(access.scopeId, id) : null;
  if (!space) return plainText("Offre introuvable", 404);
  return offerPdfResponse(await buildSpaceOfferSheet(space, space.offer), "private, no-store");
}
