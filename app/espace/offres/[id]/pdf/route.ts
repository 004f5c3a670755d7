import { offerPdfResponse } from "@/lib/catalogue/pdf/response";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getStructureOffer } from "@/lib/offers/queries";
import { buildSpaceOfferSheet } from "@/lib/offers/sheet";

export const runtime = "nodejs";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The PDF of any offer of the caller's structure, whatever its state (the public route serves
 * public offers only). Same document and answer as the public one (lib/catalogue/pdf), with the
 * published content. A route handler: it checks the session, the capability and the ownership itself.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return text("Connectez-vous pour télécharger cette fiche.", 401);
  if (!can(user, "offer.view") || !user.structureId) return text("Vous n'avez pas accès aux offres.", 403);
  const raw = (await params).id;
  const space = /^[1-9]\d{0,9}$/.test(raw) ? await getStructureOffer(user.structureId, Number(raw)) : null;
  if (!space) return text("Offre introuvable", 404);
  return offerPdfResponse(await buildSpaceOfferSheet(space, space.offer), "private, no-store");
}
