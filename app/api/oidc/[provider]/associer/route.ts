import { NextResponse } from "next/server";
import { requireUser } from "@/lib/core/auth/guards";
import { beginProfileLink } from "@/lib/core/auth/oidc/profile-link";
import { providerBySlug } from "@/lib/core/auth/oidc/providers";
import { appUrl } from "@/lib/core/env";

/**
 * « Associer une identité ProConnect » in « Mon profil »: off to the provider, for the logged-in person
 * only (the page guard: logged out → /connexion). A link, not a form: CSP `form-action 'self'` would stop
 * a form's redirect to the provider.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ provider: string }> }) {
  const user = await requireUser("profile.edit");
  const settings = providerBySlug((await params).provider);
  if (!settings) return new NextResponse("Service d'identification inconnu", { status: 404 });
  return NextResponse.redirect(new URL(await beginProfileLink(settings, user), appUrl()), 303);
}
