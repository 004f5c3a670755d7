"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/core/actions/define-action";
import { today } from "@/lib/core/dates/clock";
import { restoreOffer } from "./restore";
import { restoreOfferSchema } from "./schemas";

/** « Restaurer l'offre »: a regional admin takes a soft-deleted offer of the région out of the bin. */
export const restoreOfferAction = defineAction({
  access: "regionOffers.restore",
  schema: restoreOfferSchema,
  handler: async ({ offerId }, { user }) => {
    const result = await restoreOffer(user, offerId, today());
    revalidatePath("/admin/offres", "layout");
    // The structure sees its offer again in its space.
    revalidatePath("/espace", "layout");
    return { state: result.to };
  },
});
