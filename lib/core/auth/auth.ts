import "server-only";
import NextAuth, { AuthError, CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { cookies } from "next/headers";
import { AppError } from "@/lib/core/errors";
import type { FrozenScope } from "./authenticate";
import { authConfig } from "./config";
import { redeemTicket } from "./oidc/session";
import { frozenAccountMessage } from "./frozen-message";
import { loginWithPasskey, passkeyOwner } from "./second-factor/passkey-login";
import { PASSKEY_REFUSED_MESSAGE } from "./second-factor/passkeys";
import { loginWithPassword, mayRemember } from "./sessions/login";

export class ThrottledSignin extends CredentialsSignin {
  code = "throttled";
}

/**
 * The right password on a frozen account: the scope and the région travel in the error's code (the
 * only field Auth.js hands back to signIn's caller), read back by frozenSigninOf.
 */
export class FrozenSignin extends CredentialsSignin {
  constructor(scope: FrozenScope, regionCode: string | null) {
    super();
    this.code = `frozen:${scope}:${regionCode ?? ""}`;
  }
}

export function frozenSigninOf(error: unknown): { scope: FrozenScope; regionCode: string | null } | null {
  const match = /^frozen:(account|structure):(\w*)$/.exec((error as { code?: unknown })?.code as string);
  return match ? { scope: match[1] as FrozenScope, regionCode: match[2] || null } : null;
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
        const result = await loginWithPassword(credentials, request.headers);
        if (result.ok) return { id: result.userId, sessionId: result.sessionId, remember: result.remember };
        if (result.reason === "throttled") throw new ThrottledSignin();
        if (result.reason === "frozen") throw new FrozenSignin(result.scope, result.regionCode);
        return null;
      },
    }),
    // ProConnect and Pro Santé Connect: the callback route (app/api/oidc) has already checked the
    // sign-on and opened the session's row; this only turns its ticket into Auth.js's cookie.
    Credentials({
      id: "oidc",
      credentials: { ticket: {} },
      async authorize(credentials) {
        const session = await redeemTicket(credentials.ticket);
        return session ? { id: session.userId, sessionId: session.sessionId, remember: false } : null;
      },
    }),
    // « Se connecter avec une clé d'accès »: the key's answer, checked here (anyone may call this provider).
    Credentials({
      id: "passkey",
      credentials: { challengeId: {}, response: {} },
      async authorize(credentials, request) {
        const result = await loginWithPasskey(credentials, request.headers);
        if (result.ok) return { id: result.userId, sessionId: result.sessionId, remember: false };
        if (result.reason === "frozen") throw new FrozenSignin(result.scope, result.regionCode);
        return null;
      },
    }),
  ],
});

// Auth.js's session cookie, possibly chunked (.0, .1…), with the __Secure- prefix over HTTPS.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/**
 * Opens a session with email and password (throws Auth.js's errors, as signIn does). Without
 * « Se souvenir de moi » (never for a regional admin) the session ends with the browser
 * (docs/produit.md#comptes-et-securite): Auth.js always dates its cookie, so the cookie it has just set is set
 * again without a date. The session's row (lib/core/auth/sessions) still ends a browser left open.
 */
export async function openSession({ email, password, remember = false }: { email: string; password: string; remember?: boolean }): Promise<void> {
  await signIn("credentials", { email, password, remember: String(remember), redirect: false });
  if (remember && (await mayRemember(email))) return;
  await endCookieWithBrowser();
}

/** Gives the browser the cookie of a session opened through ProConnect or Pro Santé Connect (lib/core/auth/oidc/session.ts). */
export async function openIdentitySessionCookie(ticket: string): Promise<void> {
  await signIn("oidc", { ticket, redirect: false });
  await endCookieWithBrowser();
}

async function endCookieWithBrowser(): Promise<void> {
  const store = await cookies();
  for (const { name, value } of store.getAll()) {
    if (SESSION_COOKIE.test(name)) store.set(name, value, { httpOnly: true, sameSite: "lax", path: "/", secure: name.startsWith("__Secure-") });
  }
}

/** « Se connecter avec une clé d'accès »: opens a whole session (ends with the browser); returns the account, for its home. */
export async function openPasskeySession(challengeId: string, response: string) {
  try {
    await signIn("passkey", { challengeId, response, redirect: false });
  } catch (error) {
    const frozen = frozenSigninOf(error);
    if (frozen) throw new AppError("FORBIDDEN", await frozenAccountMessage(frozen.scope, frozen.regionCode));
    if (error instanceof AuthError) throw new AppError("INVALID", PASSKEY_REFUSED_MESSAGE);
    throw error;
  }
  await endCookieWithBrowser();
  const user = await passkeyOwner(response);
  if (!user) throw new AppError("INVALID", PASSKEY_REFUSED_MESSAGE);
  return user;
}
