import { NextResponse } from "next/server";
import { completeSignOn } from "@/lib/core/auth/oidc/callback";
import { appUrl } from "@/lib/core/env";

/** The provider's redirect back (its redirect_uri): checked, then a session, a link to confirm, or « Aucun compte ». */
export async function GET(request: Request, { params }: { params: Promise<{ provider: string }> }) {
  const target = await completeSignOn((await params).provider, new URL(request.url), request.headers);
  if (!target) return new NextResponse("Service d'identification inconnu", { status: 404 });
  return NextResponse.redirect(new URL(target, appUrl()), 303);
}
