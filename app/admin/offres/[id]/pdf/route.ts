import { getRegionOffer } from "@/lib/admin-offers/queries";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { offerPdfResponse } from "@/lib/catalogue/pdf/response";
import { buildSpaceOfferSheet } from "@/lib/offers/sheet";

export const runtime = "nodejs";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** The PDF of any offer of the admin's région, whatever its state, deleted ones included (the same document as everywhere). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return text("Connectez-vous pour télécharger cette fiche.", 401);
  if (!can(user, "regionOffers.view") || !user.regionCode) return text("Vous n'avez pas accès aux offres de la région.", 403);
  const raw = (await params).id;
  const offer = /^[1-9]\d{0,9}$/.test(raw) ? await getRegionOffer(user.regionCode, Number(raw)) : null;
  if (!offer) return text("Offre introuvable", 404);
  return offerPdfResponse(await buildSpaceOfferSheet(offer, offer.offer), "private, no-store");
}
