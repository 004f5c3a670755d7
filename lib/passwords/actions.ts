"use server";

import { eq, sql } from "drizzle-orm";
import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { after } from "next/server";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { defineAction } from "@/lib/core/actions/define-action";
import { openSession } from "@/lib/core/auth/auth";
import { homeFor } from "@/lib/core/auth/permissions";
import { AppError } from "@/lib/core/errors";
import { clientAddress } from "@/lib/core/http/client-address";
import { consume } from "@/lib/core/limits/limiter";
import { changeTemporaryPasswordSchema, LINK_SENT_MESSAGE, requestLinkSchema, tokenPasswordSchema } from "./schemas";
import { changeTemporaryPassword, LINK_REQUESTS_THROTTLED_MESSAGE, passwordLinkAddressRules, requestPasswordLink, setPasswordWithToken } from "./service";

/** Logs in with the password just chosen, then goes to the user's home (/espace, /admin…). */
async function signInAndGoHome(email: string, password: string): Promise<never> {
  try {
    await openSession({ email, password });
  } catch (error) {
    // The password is saved; only the automatic login failed (this address is throttled): log in by hand.
    if (error instanceof AuthError) redirect("/connexion");
    throw error;
  }
  const [user] = await db
    .select({ kind: users.kind, permissions: users.permissions })
    .from(users)
    .where(eq(sql`lower(${users.email})`, email))
    .limit(1);
  redirect(user ? homeFor(user) : "/connexion");
}

/**
 * « Mot de passe oublié ? » and the « nouveau lien » form: the same answer whatever the address,
 * and in the same time: the link is issued and its email rendered after the answer has left (an
 * unknown address costs one SELECT, a known one a token and a rendered email, which a stopwatch
 * would tell apart).
 */
export const requestPasswordLinkAction = defineAction({
  access: "public",
  schema: requestLinkSchema,
  handler: async ({ email }) => {
    // Per client address, for every request alike (lib/passwords/service.ts).
    if (!(await consume(passwordLinkAddressRules(clientAddress(await headers())), new Date())).ok)
      throw new AppError("INVALID", LINK_REQUESTS_THROTTLED_MESSAGE);
    after(() => requestPasswordLink(email));
    return { message: LINK_SENT_MESSAGE };
  },
});

export const activateAccountAction = defineAction({
  access: "public",
  schema: tokenPasswordSchema,
  handler: async (input) => {
    const { email } = await setPasswordWithToken(input, "ACTIVATION");
    return signInAndGoHome(email, input.password);
  },
});

export const resetPasswordAction = defineAction({
  access: "public",
  schema: tokenPasswordSchema,
  handler: async (input) => {
    const { email } = await setPasswordWithToken(input, "PASSWORD_RESET");
    return signInAndGoHome(email, input.password);
  },
});

/** Not through requireUser (it would send the user back here): the session alone is enough, and it stays open. */
export const changeTemporaryPasswordAction = defineAction({
  access: "session",
  schema: changeTemporaryPasswordSchema,
  handler: async (input, { user }) => {
    await changeTemporaryPassword(user.id, input, new Date(), { keepSession: user.sessionId });
    redirect(homeFor(user));
  },
});
