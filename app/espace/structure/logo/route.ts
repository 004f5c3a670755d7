import { authorizeRoute } from "@/lib/core/auth/guards";
import { plainText } from "@/lib/core/http/plain-text";
import { privateImageResponse } from "@/lib/core/http/private-image";
import { getStructureLogo } from "@/lib/structures/queries";

/** The structure's current logo, for « Mon compte offreur »: its ADMINs only, whatever the catalogue shows. */
export async function GET() {
  const access = await authorizeRoute(["structure.edit"], "structure");
  if (access.denied) return access.denied;
  const logo = await getStructureLogo(access.scopeId);
  if (!logo) return plainText("Introuvable", 404);
  return privateImageResponse(logo);
}
