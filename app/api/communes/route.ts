import type { NextRequest } from "next/server";
import { searchCommunes } from "@/lib/core/geo/communes";

/**
 * « Commune » of the sign-up wizard and of the structure form: a postal code or a name in, at most
 * ten (commune, postal code) pairs out. The official list only changes once a year: browsers and
 * shared caches may keep an answer for a day.
 */
export function GET(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("q")?.slice(0, 100) ?? "";
  const communes = searchCommunes(query, 10).map(({ code, name, postalCode, departmentCode }) => ({ code, name, postalCode, departmentCode }));
  return Response.json(communes, { headers: { "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800" } });
}
