import type { NextAuthConfig } from "next-auth";
import type {} from "next-auth/jwt";
import { REMEMBERED_SESSION_SECONDS, SHORT_SESSION_SECONDS } from "./sessions/policy";

/**
 * The part of the Auth.js configuration that needs no database (providers live in lib/core/auth/auth.ts).
 * The token carries the user id and the id of its row in user_sessions only; lib/core/auth/session.ts
 * checks that row on every request (docs/architecture.md#sessions).
 */
export const authConfig = {
  trustHost: true,
  pages: { signIn: "/connexion" },
  session: { strategy: "jwt", maxAge: REMEMBERED_SESSION_SECONDS },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.sid = user.sessionId;
        token.remember = user.remember === true;
        token.loginAt = Math.floor(Date.now() / 1000);
      }
      if (!token.remember && typeof token.loginAt === "number" && Date.now() / 1000 - token.loginAt > SHORT_SESSION_SECONDS) {
        return null;
      }
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === "string") session.user.id = token.uid;
      session.sessionId = typeof token.sid === "string" ? token.sid : null;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    sessionId?: string;
    remember?: boolean;
  }
  interface Session {
    sessionId: string | null;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
    remember?: boolean;
    loginAt?: number;
  }
}
