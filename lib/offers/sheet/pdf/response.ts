import "server-only";
import { getLogoContent } from "../../catalogue/queries";
import type { OfferSheet } from "../offer-sheet";
import { appUrl } from "@/lib/core/env";
import { plainText } from "@/lib/core/http/plain-text";
import { contentDispositionAttachment } from "@/lib/core/validation/files";
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
    return plainText("Trop de demandes en cours, réessayez dans quelques secondes.", 503, { "Retry-After": "5" });
  }
}
