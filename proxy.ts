import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/lib/auth/config";

const { auth } = NextAuth(authConfig);

/**
 * A convenience only: anonymous visitors of the private spaces go to the login page. Every page and
 * action still checks the session and the permission itself (lib/auth/guards.ts).
 */
export default auth((request) => {
  if (request.auth) return NextResponse.next();
  const login = new URL("/connexion", request.nextUrl);
  login.searchParams.set("retour", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
});

export const config = { matcher: ["/espace/:path*", "/admin/:path*"] };
