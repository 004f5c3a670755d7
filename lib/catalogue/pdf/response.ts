import { getLogoContent } from "../queries";
import type { OfferSheet } from "../offer-sheet";
import { appUrl } from "@/lib/env";
import { contentDispositionAttachment } from "@/lib/validation/files";
import { PdfBusyError, renderOfferSheetPdf } from "./render";

/**
 * The HTTP answer of an offer's PDF, for every route that serves one (public catalogue, offerer
 * space): the cached render, `offre-<number>-<slug>.pdf` as an attachment, and 503 + Retry-After
 * when too many renders are waiting. The caller has already decided that the visitor may see it.
 */
export async function offerPdfResponse(sheet: OfferSheet, cacheControl: string): Promise<Response> {
  try {
    const logoId = sheet.structure.logoFileId;
    const bytes = await renderOfferSheetPdf(sheet, appUrl(`/offres/${sheet.offerId}`), async () => (logoId ? getLogoContent(logoId) : null));
    return new Response(new Uint8Array(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Length": String(bytes.length),
        "Content-Disposition": contentDispositionAttachment(sheet.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": cacheControl,
      },
    });
  } catch (error) {
    if (!(error instanceof PdfBusyError)) throw error;
    return new Response("Trop de demandes en cours, réessayez dans quelques secondes.", {
      status: 503,
      headers: { "Retry-After": "5", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
}
