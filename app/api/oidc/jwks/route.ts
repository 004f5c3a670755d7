import { NextResponse } from "next/server";
import { publicJwks } from "@/lib/core/auth/oidc/decryption-key";

/** The public half of OIDC_DECRYPTION_KEY, for a service that encrypts its userinfo answers to us (its client's jwks_uri). */
export function GET() {
  return NextResponse.json(publicJwks(), { headers: { "Cache-Control": "public, max-age=3600" } });
}
