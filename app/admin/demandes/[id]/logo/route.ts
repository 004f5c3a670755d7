import { authorizeRoute } from "@/lib/core/auth/guards";
import { plainText } from "@/lib/core/http/plain-text";
import { privateImageResponse } from "@/lib/core/http/private-image";
import { getSignupLogo } from "@/lib/signups/queries";
import { isUuid } from "@/lib/core/validation/ids";

/** The logo of a request, for the moderators of its région only: it is not public until the structure exists. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const access = await authorizeRoute(["signups.moderate"], "region");
  if (access.denied) return access.denied;
  const logo = isUuid(id) ? await getSignupLogo(access.scopeId, id) : null;
  if (!logo) return plainText("Introuvable", 404);
  return privateImageResponse(logo);
}
