"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { defineAction } from "@/lib/core/actions/define-action";
import { clientAddress } from "@/lib/core/http/client-address";
import type { SessionUser } from "@/lib/core/auth/session";
import { AppError, forbiddenError } from "@/lib/core/errors";
import { consume, release } from "@/lib/core/limits/limiter";
import { SIGNUP_THROTTLED_MESSAGE, signupRules } from "./limits";
import { acceptSignup, refuseSignup, type Moderator } from "./moderate";
import { acceptSignupSchema, refuseSignupSchema, signupRequestSchema, signupStepOneRequestSchema } from "./schemas";
import { checkSignupStructure, readLogo, submitSignup } from "./submit";

/** « Suivant »: step 1 checked again on the server, with what only the server knows (commune, logo bytes). */
export const validateSignupStructureAction = defineAction({
  access: "public",
  schema: signupStepOneRequestSchema,
  handler: async (input) => {
    const structure = await checkSignupStructure(input, await readLogo(input.logo));
    return { communeName: structure.communeName, postalCode: structure.postalCode };
  },
});

/** « ✓ Enregistrer »: both steps, the logo, and the two emails; a bounded number per address. */
export const submitSignupAction = defineAction({
  access: "public",
  schema: signupRequestSchema,
  handler: async (input) => {
    const logo = await readLogo(input.logo);
    // Taken before the request is stored, so that parallel submissions cannot all pass; a refused one gives it back.
    const taken = await consume(signupRules(clientAddress(await headers())), new Date());
    if (!taken.ok) throw new AppError("INVALID", SIGNUP_THROTTLED_MESSAGE);
    try {
      await submitSignup(input, logo);
    } catch (error) {
      await release(taken.eventIds);
      throw error;
    }
    return null;
  },
});

function moderatorOf(user: SessionUser): Moderator {
  if (!user.regionCode) throw forbiddenError();
  return { id: user.id, regionCode: user.regionCode };
}

export const acceptSignupAction = defineAction({
  access: "signups.moderate",
  schema: acceptSignupSchema,
  handler: async ({ requestId }, { user }) => {
    await acceptSignup(moderatorOf(user), requestId);
    revalidatePath("/admin", "layout");
    return null;
  },
});

export const refuseSignupAction = defineAction({
  access: "signups.moderate",
  schema: refuseSignupSchema,
  handler: async ({ requestId, reason }, { user }) => {
    await refuseSignup(moderatorOf(user), requestId, reason);
    revalidatePath("/admin", "layout");
    return null;
  },
});
