import { Card } from "@/components/ui/card";
import { periodLabel } from "@/lib/catalogue/offer-sheet";
import type { CatalogueCard } from "@/lib/catalogue/queries";

type OfferCardProps = {
  offer: CatalogueCard;
  /** Reference id → label, for the thématiques shown as tags. */
  themeLabels: ReadonlyMap<number, string>;
  headingLevel?: 2 | 3 | 4;
};

const MAX_TAGS = 3;

/** One result: the whole card links to the offer page (components/ui/card). */
export function OfferCard({ offer, themeLabels, headingLevel = 3 }: OfferCardProps) {
  const themes = offer.themeIds.map((id) => themeLabels.get(id)).filter((label): label is string => !!label);
  const place = offer.communeName ? `${offer.communeName}${offer.departmentCode ? ` (${offer.departmentCode})` : ""}` : null;
  const period = periodLabel(offer.periodStart, offer.periodEnd);
  return (
    <Card
      href={`/offres/${offer.id}`}
      title={offer.name}
      headingLevel={headingLevel}
      tags={themes.length > MAX_TAGS ? [...themes.slice(0, MAX_TAGS), `+ ${themes.length - MAX_TAGS}`] : themes}
      description={
        <>
          <p className="m-0 font-medium text-grey-50">{offer.structureName}</p>
          {offer.excerpt && <p className="m-0 mt-1">{offer.excerpt}</p>}
        </>
      }
      detail={
        <ul className="m-0 flex list-none flex-col gap-1 p-0">
          {place && <li>{offer.hostSiteName ? `${offer.hostSiteName} — ${place}` : place}</li>}
          {period && <li>{period}</li>}
          {offer.places && (
            <li>
              {offer.places} place{offer.places > 1 ? "s" : ""}
              {offer.offersHousing && " · hébergement"}
              {offer.offersMeals && " · restauration"}
            </li>
          )}
        </ul>
      }
    />
  );
}
