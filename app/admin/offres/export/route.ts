import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { regionOffersCsv, regionOffersCsvFilename } from "@/lib/admin-offers/csv";
import { parseAdminOfferFilters } from "@/lib/admin-offers/filters";
import { exportRegionOffers, listRegionOfferFilterOptions, resolveAdminOfferFilters } from "@/lib/admin-offers/queries";
import { today } from "@/lib/dates/clock";
import { contentDispositionAttachment } from "@/lib/validation/files";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The filtered list of /admin/offres as CSV, every page. A route handler (the client is a
 * download): it checks the session and the capability itself; the région is the admin's own.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return text("Connectez-vous pour exporter les offres.", 401);
  if (!can(user, "regionOffers.view") || !user.regionCode) return text("Vous n'avez pas accès aux offres de la région.", 403);
  const options = await listRegionOfferFilterOptions(user.regionCode);
  const filters = resolveAdminOfferFilters(parseAdminOfferFilters(new URL(request.url).searchParams), user.regionCode, options);
  const rows = await exportRegionOffers(user.regionCode, filters);
  return new Response(regionOffersCsv(rows), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDispositionAttachment(regionOffersCsvFilename(user.regionCode, today())),
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
