"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import { AppError } from "@/lib/core/errors";
import { keepPendingLink, readPendingLink } from "./cookies";
import { confirmLink, resendLink, unlinkIdentity } from "./identities";
import { providerName } from "./providers";
import { confirmLinkSchema, resendLinkSchema, unlinkIdentitySchema } from "./schemas";

/** « Mon profil » — « Dissocier »: one of the person's own identities, never their last way to log in. */
export const unlinkIdentityAction = defineAction({
  access: "profile.edit",
  schema: unlinkIdentitySchema,
  handler: async ({ identityId }, { user }) => {
    await unlinkIdentity(user.id, identityId);
    revalidatePath("/espace/profil");
    return null;
  },
});

const EXPIRED_LINK = "Ce lien n'est plus valable : il a expiré (15 minutes) ou a déjà servi. Identifiez-vous de nouveau pour en recevoir un autre.";

/** « Associer mon identité » (the emailed link): whoever holds the link may confirm; the token is the proof. */
export const confirmLinkAction = defineAction({
  access: "public",
  schema: confirmLinkSchema,
  handler: async ({ token }) => {
    const result = await confirmLink(token);
    if (result.ok) return { providerName: providerName(result.provider) };
    if (result.reason === "frozen")
      throw new AppError("FORBIDDEN", "Ce compte est gelé : l'identité ne peut pas lui être associée. Contactez l'ARS de votre région.");
    if (result.reason === "taken") throw new AppError("CONFLICT", "Cette identité est déjà associée à un autre compte.");
    throw new AppError("INVALID", EXPIRED_LINK);
  },
});

/** « Renvoyer le lien »: the pending request is the one this browser's cookie names, never an id from the form. */
export const resendLinkAction = defineAction({
  access: "public",
  schema: resendLinkSchema,
  handler: async () => {
    const pending = await readPendingLink();
    const result = pending ? await resendLink(pending.requestId) : null;
    if (result === "throttled") throw new AppError("CONFLICT", "Trop de liens envoyés à cette adresse. Réessayez dans une heure.");
    if (!result || !pending) throw new AppError("INVALID", "Aucune demande en cours : identifiez-vous de nouveau.");
    await keepPendingLink({ ...pending, requestId: result.requestId });
    return { email: result.email };
  },
});
