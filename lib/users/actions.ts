"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "@/lib/core/actions/define-action";
import { homeFor } from "@/lib/core/auth/permissions";
import { createStructureUser, deleteStructureUser, setStructureUserFrozen, structureAdminOf, updateStructureUser } from "./manage";
import { changeOwnPassword, updateOwnProfile } from "./profile";
import { acceptCurrentTerms } from "./terms-acceptance";
import {
  acceptTermsSchema,
  changeOwnPasswordSchema,
  createUserSchema,
  profileDetailsSchema,
  setUserFrozenSchema,
  updateUserSchema,
  userRefSchema,
} from "./schemas";

/** « Nouvel utilisateur » (ADMIN). */
export const createUserAction = defineAction({
  access: "users.manage",
  schema: createUserSchema,
  handler: async (input, { user }) => {
    const created = await createStructureUser(structureAdminOf(user), input);
    revalidatePath("/espace", "layout");
    return created;
  },
});

/** « Modifier » a user of the structure (ADMIN). */
export const updateUserAction = defineAction({
  access: "users.manage",
  schema: updateUserSchema,
  handler: async (input, { user }) => {
    const result = await updateStructureUser(structureAdminOf(user), input);
    revalidatePath("/espace", "layout");
    return result;
  },
});

/** « Geler » / « Dégeler » (ADMIN). */
export const setUserFrozenAction = defineAction({
  access: "users.manage",
  schema: setUserFrozenSchema,
  handler: async ({ userId, frozen }, { user }) => {
    await setStructureUserFrozen(structureAdminOf(user), userId, frozen);
    revalidatePath("/espace", "layout");
    return null;
  },
});

/** « Supprimer » a user of the structure (ADMIN): personal data erased, histories kept. */
export const deleteUserAction = defineAction({
  access: "users.manage",
  schema: userRefSchema,
  handler: async ({ userId }, { user }) => {
    await deleteStructureUser(structureAdminOf(user), userId);
    revalidatePath("/espace", "layout");
    return null;
  },
});

/** « Mon profil » — « Fonction », « Téléphone » (every user). */
export const updateProfileAction = defineAction({
  access: "profile.edit",
  schema: profileDetailsSchema,
  handler: async (input, { user }) => {
    await updateOwnProfile(user.id, input);
    revalidatePath("/espace/profil");
    return null;
  },
});

/** « Mon profil » — password: the user's other sessions end, this one stays open. */
export const changeOwnPasswordAction = defineAction({
  access: "profile.edit",
  schema: changeOwnPasswordSchema,
  handler: async (input, { user }) => {
    await changeOwnPassword(user.id, input, user.sessionId);
    return null;
  },
});

/** « Accepter et continuer » on /cgu/accepter: the version in force and the date recorded, then the user's home. */
export const acceptTermsAction = defineAction({
  access: "session",
  schema: acceptTermsSchema,
  handler: async (_input, { user }): Promise<never> => {
    await acceptCurrentTerms(user.id);
    redirect(homeFor(user));
  },
});
