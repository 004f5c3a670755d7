import { getCachedPublicOffer } from "@/lib/catalogue/cached-queries";
import { getLogoContent } from "@/lib/catalogue/queries";
import { loadOfferSheet } from "@/lib/catalogue/pdf/load";
import { PdfBusyError, renderOfferSheetPdf } from "@/lib/catalogue/pdf/render";
import { today } from "@/lib/dates/clock";
import { appUrl } from "@/lib/env";
import { contentDispositionAttachment } from "@/lib/validation/files";

export const runtime = "nodejs";

const notFound = () => new Response("Offre introuvable", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** « Télécharger la fiche PDF » (SPEC §6): 404 exactly when the offer's page is a 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  if (!/^[1-9]\d{0,9}$/.test(raw)) return notFound();
  const sheet = await loadOfferSheet(Number(raw), today(), getCachedPublicOffer);
  if (!sheet) return notFound();
  try {
    const logoId = sheet.structure.logoFileId;
    const bytes = await renderOfferSheetPdf(sheet, appUrl(`/offres/${sheet.offerId}`), async () => (logoId ? getLogoContent(logoId) : null));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDispositionAttachment(sheet.fileName),
        "X-Content-Type-Options": "nosniff",
        // Browsers may keep it briefly; visibility is re-checked on every request that reaches us.
        "Cache-Control": "public, max-age=60",
      },
    });
  } catch (error) {
    if (error instanceof PdfBusyError) {
      return new Response("Trop de demandes en cours, réessayez dans quelques secondes.", {
        status: 503,
        headers: { "Retry-After": "5", "Content-Type": "text/plain; charset=utf-8" },
      });
    }
    throw error;
  }
}
