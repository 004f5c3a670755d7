import { authorizeRoute } from "@/lib/core/auth/guards";
import { today } from "@/lib/core/dates/clock";
import { offersCsv, offersCsvFilename } from "@/lib/offers/csv";
import { parseSpaceOfferFilters } from "@/lib/offers/filters";
import { exportStructureOffers } from "@/lib/offers/queries";
import { contentDispositionAttachment } from "@/lib/core/validation/files";

/**
 * The filtered « Offres » as CSV for a French Excel. A route handler (the client is a download), so
 * it checks the session and the capability itself: the proxy only redirects, it never guards.
 */
export async function GET(request: Request) {
  const access = await authorizeRoute(["offer.view"], "structure", {
    login: "Connectez-vous pour exporter les offres.",
    forbidden: "Vous n'avez pas accès aux offres.",
  });
  if (access.denied) return access.denied;
  const filters = parseSpaceOfferFilters(new URL(request.url).searchParams);
  const rows = await exportStructureOffers(access.scopeId, filters);
  return new Response(offersCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDispositionAttachment(offersCsvFilename(today())),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
