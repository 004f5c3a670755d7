"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import { structureIdOf } from "@/lib/core/auth/guards";
import { expireOfferCache } from "@/lib/offers/catalogue/cache";
import { readLogo } from "@/lib/signups/submit";
import { updateStructureAccount } from "./account";
import { structureAccountSchema } from "./schemas";

/**
 * « Enregistrer » on « Mon compte offreur » (ADMIN). The name, logo and description are on every
 * public offer page of the structure: the whole catalogue's cache is expired at once (read-your-own-writes).
 */
export const updateStructureAction = defineAction({
  access: "structure.edit",
  schema: structureAccountSchema,
  handler: async (input, { user }) => {
    const result = await updateStructureAccount({ id: user.id, structureId: structureIdOf(user) }, input, await readLogo(input.logo));
    if (result.changes.length > 0) {
      expireOfferCache();
      revalidatePath("/espace", "layout");
    }
    return result;
  },
});
