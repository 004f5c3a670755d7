import { periodLabel, summarize } from "../sheet/offer-sheet";
import type { CatalogueCard } from "./queries";

/**
 * What a result card prints, as plain strings computed on the server. The card list is a client
 * component: its RSC payload then carries these few strings instead of the whole rendered card
 * tree twice (HTML and payload), which keeps `/offres` under its weight budget.
 */
export type OfferCardView = {
  id: number;
  title: string;
  tags: string[];
  structureName: string;
  excerpt: string;
  details: string[];
};

const MAX_TAGS = 3;

export function toCardView(card: CatalogueCard, themeLabels: ReadonlyMap<number, string>): OfferCardView {
  const themes = card.themeIds.map((id) => themeLabels.get(id)).filter((label): label is string => !!label);
  const place = card.communeName ? `${card.communeName}${card.departmentCode ? ` (${card.departmentCode})` : ""}` : null;
  const options = [card.offersHousing && "hébergement", card.offersMeals && "restauration"].filter(Boolean);
  const details = [
    place && (card.hostSiteName ? `${card.hostSiteName} — ${place}` : place),
    periodLabel(card.periodStart, card.periodEnd),
    card.places ? [`${card.places} place${card.places > 1 ? "s" : ""}`, ...options].join(" · ") : null,
  ];
  return {
    id: card.id,
    title: card.name,
    tags: themes.length > MAX_TAGS ? [...themes.slice(0, MAX_TAGS), `+ ${themes.length - MAX_TAGS}`] : themes,
    structureName: card.structureName,
    excerpt: summarize(card.excerpt, EXCERPT_SHOWN),
    details: details.filter((line): line is string => !!line),
  };
}

/**
 * What the card shows under the structure's name before it clamps the text (three lines of a
 * two-column card); more would only add bytes to every listing (the query reads 200 characters).
 */
export const EXCERPT_SHOWN = 150;
