import NextAuth from "next-auth";
import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { authConfig } from "@/lib/auth/config";
import { rewriteCatalogueListing } from "@/lib/catalogue/listing-key";

const { auth } = NextAuth(authConfig);

/**
 * A convenience only: anonymous visitors of the private spaces go to the login page. Every page and
 * action still checks the session and the permission itself (lib/auth/guards.ts).
 */
const authProxy = auth((request) => {
  if (request.auth) return NextResponse.next();
  const login = new URL("/connexion", request.nextUrl);
  login.searchParams.set("retour", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
  // auth()'s overloads type a one-argument callback as a route handler; at run time it is the
  // middleware form (as when it was the default export).
}) as unknown as NextMiddleware;

export default function proxy(request: NextRequest, event: NextFetchEvent) {
  // The public listing: its filters become a path, so that each search is served from the page cache.
  if (request.nextUrl.pathname === "/offres") return rewriteCatalogueListing(request);
  return authProxy(request, event);
}

export const config = { matcher: ["/espace/:path*", "/admin/:path*", "/offres"] };
