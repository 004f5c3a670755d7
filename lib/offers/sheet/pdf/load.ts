import "server-only";
import { buildOfferSheet, type OfferSheet } from "../offer-sheet";
import { getPublicOffer, type PublicOffer } from "../../catalogue/queries";

/**
 * The PDF's data: null when the offer is not public, exactly as its page (one visibility rule).
 * The route passes the cached loader; tests the direct one.
 */
export async function loadOfferSheet(
  id: number,
  today: string,
  load: (id: number, today: string) => Promise<PublicOffer | null> = getPublicOffer,
): Promise<OfferSheet | null> {
  const offer = await load(id, today);
  return offer ? buildOfferSheet(offer) : null;
}
