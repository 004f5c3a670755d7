import { z } from "zod";
import { offerIdSchema } from "@/lib/offers/schemas";

/** « Restaurer l'offre »: the offer's number only; its région is the admin's, checked in the query. */
export const restoreOfferSchema = z.object({ offerId: offerIdSchema });
