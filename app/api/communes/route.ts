import type { NextRequest } from "next/server";
import { searchCommunes } from "@/lib/core/geo/communes";
import { listServedRegions } from "@/lib/signups/served-regions";

/**
 * « Commune » of the sign-up wizard, the structure form and the offer wizard: a postal code or a
 * name in, at most ten (commune, postal code) pairs out, each saying whether the platform serves
 * its région (a structure can only sign up where a regional admin will read its request), with the
 * served régions for the sentence that explains it. The official list changes once a year, the
 * served régions when an ARS joins: browsers and shared caches may keep an answer for an hour.
 */
export async function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q")?.slice(0, 100) ?? "";
  const servedRegions = await listServedRegions();
  const served = new Set(servedRegions.map((region) => region.code));
  const communes = searchCommunes(query, 10).map(({ code, name, postalCode, departmentCode, regionCode }) => ({
    code,
    name,
    postalCode,
    departmentCode,
    served: served.has(regionCode),
  }));
  return Response.json({ communes, servedRegions }, { headers: { "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400" } });
}
