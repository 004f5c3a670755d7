import { getRegionStructureLogo } from "@/lib/structures/admin/queries";
import { authorizeRoute } from "@/lib/core/auth/guards";
import { plainText } from "@/lib/core/http/plain-text";
import { privateImageResponse } from "@/lib/core/http/private-image";

/** A structure's logo for the admins of its région, shown even while the structure is frozen (the public route hides it). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await authorizeRoute(["structures.manage"], "region");
  if (access.denied) return access.denied;
  const logo = await getRegionStructureLogo(access.scopeId, id);
  if (!logo) return plainText("Introuvable", 404);
  return privateImageResponse(logo);
}
