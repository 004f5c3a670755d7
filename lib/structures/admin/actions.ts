"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import { expireOfferCache } from "@/lib/offers/catalogue/cache";
import { regionalAdminOf } from "@/lib/institutions/manage";
import { readLogo } from "@/lib/signups/submit";
import { setStructureFrozen, updateRegionStructure } from "./manage";
import { changeMemberEmail, createMember, deleteMember, resendMemberActivation, setMemberAdmin, setMemberFrozen } from "./members";
import { changeMemberEmailSchema, createMemberSchema, setMemberAdminSchema, setUserFrozenSchema, userRefSchema } from "@/lib/users/schemas";
import { adminStructureAccountSchema, freezeStructureSchema, unfreezeStructureSchema } from "./schemas";

/**
 * Server actions of « Structures » (regional admins: capability structures.manage). Each change is
 * on the public pages of the structure's offers (name, logo, description, or the offers themselves
 * when frozen): the whole catalogue's cache is expired at once (read-your-own-writes).
 */
function refresh(structureId: string) {
  expireOfferCache();
  revalidatePath("/admin/structures", "layout");
  revalidatePath(`/admin/structures/${structureId}`);
}

export const updateAdminStructureAction = defineAction({
  access: "structures.manage",
  schema: adminStructureAccountSchema,
  handler: async ({ structureId, ...values }, { user }) => {
    const result = await updateRegionStructure(regionalAdminOf(user), structureId, values, await readLogo(values.logo));
    if (result.changes.length > 0) refresh(structureId);
    return result;
  },
});

export const freezeStructureAction = defineAction({
  access: "structures.manage",
  schema: freezeStructureSchema,
  handler: async ({ structureId, reason }, { user }) => {
    const result = await setStructureFrozen(regionalAdminOf(user), structureId, { frozen: true, reason });
    if (result.changed) refresh(structureId);
    return result;
  },
});

export const unfreezeStructureAction = defineAction({
  access: "structures.manage",
  schema: unfreezeStructureSchema,
  handler: async ({ structureId }, { user }) => {
    const result = await setStructureFrozen(regionalAdminOf(user), structureId, { frozen: false });
    if (result.changed) refresh(structureId);
    return result;
  },
});

/** The structure's users, rescued by the ARS (docs/produit.md#pouvoirs-de-lars): nothing public changes, only the admin pages. */
function refreshMembers() {
  revalidatePath("/admin/structures", "layout");
}

export const createMemberAction = defineAction({
  access: "structures.manage",
  schema: createMemberSchema,
  handler: async (values, { user }) => {
    const created = await createMember(regionalAdminOf(user), values);
    refreshMembers();
    return created;
  },
});

export const changeMemberEmailAction = defineAction({
  access: "structures.manage",
  schema: changeMemberEmailSchema,
  handler: async ({ userId, email }, { user }) => {
    const result = await changeMemberEmail(regionalAdminOf(user), userId, email);
    refreshMembers();
    return result;
  },
});

export const resendMemberActivationAction = defineAction({
  access: "structures.manage",
  schema: userRefSchema,
  handler: async ({ userId }, { user }) => {
    await resendMemberActivation(regionalAdminOf(user), userId);
    refreshMembers();
    return null;
  },
});

export const setMemberAdminAction = defineAction({
  access: "structures.manage",
  schema: setMemberAdminSchema,
  handler: async ({ userId, admin }, { user }) => {
    await setMemberAdmin(regionalAdminOf(user), userId, admin);
    refreshMembers();
    return null;
  },
});

export const setMemberFrozenAction = defineAction({
  access: "structures.manage",
  schema: setUserFrozenSchema,
  handler: async ({ userId, frozen }, { user }) => {
    await setMemberFrozen(regionalAdminOf(user), userId, frozen);
    refreshMembers();
    return null;
  },
});

export const deleteMemberAction = defineAction({
  access: "structures.manage",
  schema: userRefSchema,
  handler: async ({ userId }, { user }) => {
    await deleteMember(regionalAdminOf(user), userId);
    refreshMembers();
    return null;
  },
});
