import { getLogoContent } from "@/lib/catalogue/queries";
import { PdfBusyError, renderOfferSheetPdf } from "@/lib/catalogue/pdf/render";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { appUrl } from "@/lib/env";
import { getStructureOffer } from "@/lib/offers/queries";
import { buildSpaceOfferSheet } from "@/lib/offers/sheet";
import { contentDispositionAttachment } from "@/lib/validation/files";

export const runtime = "nodejs";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The PDF of any offer of the caller's structure, whatever its state (the public route serves
 * public offers only). Same document as the public one (lib/catalogue/pdf), the published content.
 * A route handler: it checks the session, the capability and the ownership itself.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return text("Connectez-vous pour télécharger cette fiche.", 401);
  if (!can(user, "offer.view") || !user.structureId) return text("Vous n'avez pas accès aux offres.", 403);
  const raw = (await params).id;
  if (!/^[1-9]\d{0,9}$/.test(raw)) return text("Offre introuvable", 404);
  const space = await getStructureOffer(user.structureId, Number(raw));
  if (!space) return text("Offre introuvable", 404);
  const sheet = await buildSpaceOfferSheet(space, space.offer);
  try {
    const logoId = sheet.structure.logoFileId;
    const bytes = await renderOfferSheetPdf(sheet, appUrl(`/offres/${sheet.offerId}`), async () => (logoId ? getLogoContent(logoId) : null));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDispositionAttachment(sheet.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    if (error instanceof PdfBusyError) return new Response("Trop de demandes en cours, réessayez dans quelques secondes.", { status: 503, headers: { "Retry-After": "5" } });
    throw error;
  }
}
