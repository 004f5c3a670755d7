import { z } from "zod";
import { cleanText, maxLengthMessage } from "@/lib/core/validation/common";
import { COMMENT_REQUIRED_MESSAGE, LONG_TEXT_MAX, offerIdSchema } from "@/lib/offers/schemas";
import { checkboxSchema } from "@/lib/users/schemas";

/** « Restaurer l'offre »: the offer's number only; its région is the admin's, checked in the query. */
export const restoreOfferSchema = z.object({ offerId: offerIdSchema });

/** A mandatory text the structure receives (a reason, a comment): the offer comments' limit, 2,000 characters. */
function moderationText(requiredMessage: string) {
  return z
    .string({ error: requiredMessage })
    .transform(cleanText)
    .pipe(
      z
        .string()
        .min(1, { error: requiredMessage })
        .max(LONG_TEXT_MAX, { error: maxLengthMessage(LONG_TEXT_MAX) }),
    );
}

export const UNPUBLISH_REASON_MESSAGE = "Indiquez le motif de la dépublication";

/** « Dépublier » (docs/produit.md#moderation-dune-offre): the reason is mandatory, written to the history and emailed to the structure. */
export const unpublishOfferSchema = z.object({ offerId: offerIdSchema, reason: moderationText(UNPUBLISH_REASON_MESSAGE) });
export type UnpublishOfferInput = z.input<typeof unpublishOfferSchema>;

/** « Renvoyer pour correction » a live offer, with « Laisser l'offre en ligne jusqu'à la correction ». */
export const sendBackLiveOfferSchema = z.object({
  offerId: offerIdSchema,
  comment: moderationText(COMMENT_REQUIRED_MESSAGE),
  keepOnline: checkboxSchema,
});
export type SendBackLiveOfferInput = z.input<typeof sendBackLiveOfferSchema>;
