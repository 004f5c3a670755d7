import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getSignupLogo } from "@/lib/signups/queries";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The logo of a pending request, for the moderators of its région only: it is not public until
 * the structure exists. Checked by content at upload; served with its sniffed type and nosniff.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await getCurrentUser();
  if (!user || !user.regionCode || !can(user, "signups.moderate")) return new Response("Accès refusé", { status: 403 });
  const logo = UUID.test(id) ? await getSignupLogo(user.regionCode, id) : null;
  if (!logo) return new Response("Introuvable", { status: 404 });
  return new Response(new Uint8Array(logo.content), {
    headers: {
      "Content-Type": logo.mimeType,
      "Content-Disposition": "inline",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'",
      "Cache-Control": "private, max-age=300",
    },
  });
}
