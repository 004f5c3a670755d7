"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import { updateRegionSettings } from "./manage";
import { regionSettingsSchema } from "./schemas";

/** « Enregistrer » on « Paramètres de la région » (docs/produit.md#qui-valide). */
export const updateRegionSettingsAction = defineAction({
  access: "region.settings",
  schema: regionSettingsSchema,
  handler: async ({ offerValidation, contactEmail }, { user }) => {
    await updateRegionSettings(user, { offerValidation, contactEmail });
    revalidatePath("/admin", "layout");
    // Where the VALIDEURs read whether they validate.
    revalidatePath("/espace", "layout");
    return null;
  },
});
