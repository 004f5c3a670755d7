import { authorizeRoute } from "@/lib/core/auth/guards";
import { regionOffersCsv, regionOffersCsvFilename } from "@/lib/offers/admin/csv";
import { parseAdminOfferFilters } from "@/lib/offers/admin/filters";
import { exportRegionOffers, listRegionOfferFilterOptions, resolveAdminOfferFilters } from "@/lib/offers/admin/queries";
import { today } from "@/lib/core/dates/clock";
import { contentDispositionAttachment } from "@/lib/core/validation/files";

/**
 * The filtered list of /admin/offres as CSV, every page. A route handler (the client is a
 * download): it checks the session and the capability itself; the région is the admin's own.
 */
export async function GET(request: Request) {
  const access = await authorizeRoute(["regionOffers.view"], "region", {
    login: "Connectez-vous pour exporter les offres.",
    forbidden: "Vous n'avez pas accès aux offres de la région.",
  });
  if (access.denied) return access.denied;
  const regionCode = access.scopeId;
  const options = await listRegionOfferFilterOptions(regionCode);
  const filters = resolveAdminOfferFilters(parseAdminOfferFilters(new URL(request.url).searchParams), regionCode, options);
  const rows = await exportRegionOffers(regionCode, filters);
  return new Response(regionOffersCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDispositionAttachment(regionOffersCsvFilename(regionCode, today())),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
