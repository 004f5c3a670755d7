import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authenticate } from "./authenticate";
import { authConfig } from "./config";

export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

/** The client address as the reverse proxy reports it; only used to throttle logins. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "local";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  // Failed logins are expected traffic, not server errors; and never log what was typed.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
    warn() {},
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {}, remember: {} },
      async authorize(credentials, request) {
        const result = await authenticate(credentials, clientAddress(request.headers));
        if (result.ok) return { id: result.user.id, sessionVersion: result.user.sessionVersion, remember: result.user.remember };
        if (result.reason === "throttled") throw new ThrottledSignin();
        return null;
      },
    }),
  ],
});
