import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { privateImageResponse } from "@/lib/http/private-image";
import { getSignupLogo } from "@/lib/signups/queries";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The logo of a request, for the moderators of its région only: it is not public until the structure exists. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user || !user.regionCode || !can(user, "signups.moderate")) return new Response("Accès refusé", { status: 403 });
  const logo = UUID.test(id) ? await getSignupLogo(user.regionCode, id) : null;
  if (!logo) return new Response("Introuvable", { status: 404 });
  return privateImageResponse(logo);
}
