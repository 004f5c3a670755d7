"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import { expireOfferCache } from "@/lib/offers/catalogue/cache";
import { regionalAdminOf } from "@/lib/institutions/manage";
import { readLogo } from "@/lib/signups/submit";
import { setStructureFrozen, updateRegionStructure } from "./manage";
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
