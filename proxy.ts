import { NextResponse, type NextRequest } from "next/server";
import { listingPathFor } from "@/lib/offers/catalogue/listing-key";

// Auth.js session cookie names (the secure variant over HTTPS).
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

/**
 * A convenience only: anonymous visitors of the private spaces go to the login page. Every page and
 * action still checks the session and the permission itself (lib/core/auth/guards.ts). It deliberately
 * does not run Auth.js here: a session refreshed by a late prefetch response would otherwise put the
 * cookie back after « Se déconnecter ».
 */
export default function proxy(request: NextRequest) {
  // The public listing: its filters become a path, so that each search is served from the page cache
  // (scripts/serve.ts does it before Next in production, and this function does not run).
  if (request.nextUrl.pathname === "/offres") return NextResponse.rewrite(new URL(listingPathFor(request.nextUrl.searchParams), request.nextUrl));
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL("/connexion", request.nextUrl);
  login.searchParams.set("retour", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

// `/offres` only when it carries a filter (lib/offers/catalogue/url-params.ts, kept equal by a test): the
// unfiltered listing is the cached page itself (app/offres/[[...cle]]) and does not pay for this function.
export const config = {
  matcher: [
    "/espace/:path*",
    "/admin/:path*",
    { source: "/offres", has: [{ type: "query", key: "q" }] },
    { source: "/offres", has: [{ type: "query", key: "thematique" }] },
    { source: "/offres", has: [{ type: "query", key: "public" }] },
    { source: "/offres", has: [{ type: "query", key: "terrain" }] },
    { source: "/offres", has: [{ type: "query", key: "region" }] },
    { source: "/offres", has: [{ type: "query", key: "departement" }] },
    { source: "/offres", has: [{ type: "query", key: "mois" }] },
    { source: "/offres", has: [{ type: "query", key: "du" }] },
    { source: "/offres", has: [{ type: "query", key: "au" }] },
    { source: "/offres", has: [{ type: "query", key: "hebergement" }] },
    { source: "/offres", has: [{ type: "query", key: "restauration" }] },
    { source: "/offres", has: [{ type: "query", key: "places" }] },
    { source: "/offres", has: [{ type: "query", key: "page" }] },
  ],
};
