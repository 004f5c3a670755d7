import { NextResponse } from "next/server";
import { beginSignOn } from "@/lib/core/auth/oidc/callback";
import { appUrl } from "@/lib/core/env";

/** « S'identifier avec ProConnect », « Se connecter avec Pro Santé Connect »: off to the provider (docs/produit.md#identites-externes). */
export async function GET(_request: Request, { params }: { params: Promise<{ provider: string }> }) {
  const target = await beginSignOn((await params).provider);
  if (!target) return new NextResponse("Service d'identification inconnu", { status: 404 });
  return NextResponse.redirect(new URL(target, appUrl()), 303);
}
