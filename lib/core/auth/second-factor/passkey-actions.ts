"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import { formatDateFr } from "@/lib/core/dates/paris";
import { openPasskeySession } from "../auth";
import { markSessionAnswered } from "./answered";
import { homeFor } from "../permissions";
import { safeReturnPath } from "@/lib/core/http/return-path";
import { getSessionInAnyStep } from "../session";
import { keepChallenge, takeChallengeId } from "./challenge-cookie";
import { deletePasskey, passkeyAuthenticationOptions, passkeyRegistrationOptions, registerPasskey, verifyPasskey } from "./passkeys";
import { noInputSchema, passkeyRefSchema, passkeyResponseSchema } from "./schemas";

/** « Ajouter une clé d'accès » (« Mon profil »), first half: what the browser asks the authenticator. */
export const passkeyRegistrationOptionsAction = defineAction({
  access: "profile.edit",
  schema: noInputSchema,
  handler: async (_input, { user }) => {
    const { challengeId, options } = await passkeyRegistrationOptions(user);
    await keepChallenge(challengeId);
    return options;
  },
});

/** Second half: the authenticator's answer, checked and kept. */
export const registerPasskeyAction = defineAction({
  access: "profile.edit",
  schema: passkeyResponseSchema,
  handler: async ({ response }, { user }) => {
    await registerPasskey(user.id, await takeChallengeId(), response, `Clé d'accès ajoutée le ${formatDateFr(new Date())}`);
    // The key just answered: this session, whole before, stays whole now that the account has a factor.
    await markSessionAnswered(user);
    revalidatePath("/espace/profil");
    return null;
  },
});

export const deletePasskeyAction = defineAction({
  access: "profile.edit",
  schema: passkeyRefSchema,
  handler: async ({ passkeyId }, { user }) => {
    await deletePasskey(user.id, passkeyId);
    revalidatePath("/espace/profil");
    return null;
  },
});

/** The login's second step with a passkey of the account. */
export const passkeySecondFactorOptionsAction = defineAction({
  access: "secondFactor",
  schema: noInputSchema,
  handler: async (_input, { user }) => {
    const { challengeId, options } = await passkeyAuthenticationOptions(user.id);
    await keepChallenge(challengeId);
    return options;
  },
});

export const verifyPasskeySecondFactorAction = defineAction({
  access: "secondFactor",
  schema: passkeyResponseSchema,
  handler: async ({ response, retour }, { user }) => {
    const session = await getSessionInAnyStep();
    if (session?.step !== "verify") redirect(homeFor(user));
    await verifyPasskey(await takeChallengeId(), response, user.id);
    await markSessionAnswered(user);
    redirect(safeReturnPath(retour) ?? homeFor(user));
  },
});

/** « Se connecter avec une clé d'accès » (/connexion): any key of this site, the browser offers its own. */
export const passkeyLoginOptionsAction = defineAction({
  access: "public",
  schema: noInputSchema,
  handler: async () => {
    const { challengeId, options } = await passkeyAuthenticationOptions(null);
    await keepChallenge(challengeId);
    return options;
  },
});

/** The key's answer opens a whole session (it stands for both factors), then the person's home. */
export const passkeyLoginAction = defineAction({
  access: "public",
  schema: passkeyResponseSchema,
  handler: async ({ response, retour }) => {
    const user = await openPasskeySession(await takeChallengeId(), response);
    redirect(safeReturnPath(retour) ?? homeFor(user));
  },
});
