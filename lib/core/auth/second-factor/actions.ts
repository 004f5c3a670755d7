"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import { AppError } from "@/lib/core/errors";
import { markSessionAnswered } from "./answered";
import { homeFor } from "../permissions";
import { safeReturnPath } from "@/lib/core/http/return-path";
import { getSessionInAnyStep } from "../session";
import { userRefSchema } from "@/lib/users/schemas";
import { disableTotp } from "./profile";
import { resetSecondFactor } from "./reset";
import { currentPasswordSchema, enrolmentCodeSchema, noInputSchema, secondFactorCodeSchema } from "./schemas";
import { confirmTotpEnrolment, regenerateRecoveryCodes, verifySecondFactorCode } from "./totp-service";

/** The login's second step: a code of the app or a recovery code, then where the person was going. */
export const verifySecondFactorAction = defineAction({
  access: "secondFactor",
  schema: secondFactorCodeSchema,
  handler: async ({ code, retour }, { user }) => {
    const session = await getSessionInAnyStep();
    if (session?.step !== "verify") redirect(homeFor(user));
    await verifySecondFactorCode(user.id, code);
    await markSessionAnswered(user);
    redirect(safeReturnPath(retour) ?? homeFor(user));
  },
});

/**
 * The first code of the app confirms the enrolment; the ten recovery codes come back once, to be
 * shown. Only from a whole session (« Mon profil ») or a session that must enrol (a regional
 * admin's first login): a session still to answer its passkey cannot add an app to get round it.
 */
export const confirmTotpEnrolmentAction = defineAction({
  access: "secondFactor",
  schema: enrolmentCodeSchema,
  handler: async ({ code }, { user }) => {
    const session = await getSessionInAnyStep();
    if (session?.step === "verify") throw new AppError("FORBIDDEN", "Répondez d'abord à la double authentification de votre compte.");
    const result = await confirmTotpEnrolment(user.id, code);
    // The code just proved the app: this session has answered its new factor. No revalidation: it
    // would re-render the page, which must keep showing the recovery codes until « continuer ».
    await markSessionAnswered(user);
    return result;
  },
});

/** « Générer de nouveaux codes de secours »: the old ones stop working; the new ones are shown once. */
export const regenerateRecoveryCodesAction = defineAction({
  access: "profile.edit",
  schema: noInputSchema,
  handler: async (_input, { user }) => {
    const codes = await regenerateRecoveryCodes(user.id);
    revalidatePath("/espace/profil");
    return { recoveryCodes: codes };
  },
});

/** « Désactiver la double authentification »: with the password; not for regional admins. */
export const disableTotpAction = defineAction({
  access: "profile.edit",
  schema: currentPasswordSchema,
  handler: async ({ currentPassword }, { user }) => {
    await disableTotp(user.id, currentPassword);
    revalidatePath("/espace/profil");
    return null;
  },
});

/** « Réinitialiser la double authentification » of someone of the région (an admin of the région, never for oneself). */
export const resetSecondFactorAction = defineAction({
  access: "secondFactor.reset",
  schema: userRefSchema,
  handler: async ({ userId }, { user }) => {
    if (!user.regionCode) throw new AppError("FORBIDDEN", "Vous n'avez pas les droits nécessaires pour cette action.");
    await resetSecondFactor({ id: user.id, regionCode: user.regionCode, displayName: user.displayName }, userId);
    revalidatePath("/admin", "layout");
    return null;
  },
});
