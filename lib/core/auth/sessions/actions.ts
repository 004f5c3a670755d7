"use server";

import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { defineAction } from "@/lib/core/actions/define-action";
import { notFoundError } from "@/lib/core/errors";
import { signOut } from "../auth";
import { endAllSessionsSchema, endSessionSchema } from "./schemas";
import { revokeSession, revokeUserSessions } from "./store";

/** « Mon profil » — « Fermer cette session »: one of the person's own other sessions (another person's id: not found). */
export const endSessionAction = defineAction({
  access: "profile.edit",
  schema: endSessionSchema,
  handler: async ({ sessionId }, { user }) => {
    if (!(await revokeSession(sessionId, user.id))) throw notFoundError("Cette session");
    if (sessionId === user.sessionId) await signOut({ redirectTo: "/connexion" });
    revalidatePath("/espace/profil");
    return null;
  },
});

/** « Se déconnecter de tous les appareils »: every session of the person ends at once, this one included. */
export const endAllSessionsAction = defineAction({
  access: "profile.edit",
  schema: endAllSessionsSchema,
  handler: async (_input, { user }) => {
    await revokeUserSessions(db, user.id, new Date());
    await signOut({ redirectTo: "/connexion" });
    return null;
  },
});
