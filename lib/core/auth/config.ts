import type { NextAuthConfig } from "next-auth";
import type {} from "next-auth/jwt";
import { REMEMBERED_SESSION_SECONDS, SHORT_SESSION_SECONDS } from "./sessions/policy";

/**
 * The part of the Auth.js configuration that needs no database (providers live in lib/core/auth/auth.ts).
 * The token carries the user id and session version only; lib/core/auth/session.ts checks both against
 * the database on every request.
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
        token.sv = user.sessionVersion;
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
      session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
    remember?: boolean;
  }
  interface Session {
    sessionVersion: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sv?: number;
    remember?: boolean;
    loginAt?: number;
  }
}
