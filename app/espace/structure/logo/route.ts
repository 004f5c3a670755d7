import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { privateImageResponse } from "@/lib/http/private-image";
import { getStructureLogo } from "@/lib/structures/queries";

/** The structure's current logo, for « Mon compte offreur »: its ADMINs only, whatever the catalogue shows. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user?.structureId || !can(user, "structure.edit")) return new Response("Accès refusé", { status: 403 });
  const logo = await getStructureLogo(user.structureId);
  if (!logo) return new Response("Introuvable", { status: 404 });
  return privateImageResponse(logo);
}
