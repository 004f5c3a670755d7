import { getRegionStructureLogo } from "@/lib/admin-structures/queries";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { privateImageResponse } from "@/lib/http/private-image";

/** A structure's logo for the admins of its région, shown even while the structure is frozen (the public route hides it). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user?.regionCode || !can(user, "structures.manage")) return new Response("Accès refusé", { status: 403 });
  const logo = await getRegionStructureLogo(user.regionCode, id);
  if (!logo) return new Response("Introuvable", { status: 404 });
  return privateImageResponse(logo);
}
