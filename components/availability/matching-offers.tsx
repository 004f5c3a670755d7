import Link from "next/link";
import { describeDateRange } from "@/lib/availability/describe";
import type { MatchingOffer } from "@/lib/availability/matching";

/** The published offers a period meets (dates overlapping, in one of its départements). */
export function MatchingOffers({ offers }: { offers: MatchingOffer[] }) {
  return (
    <section aria-labelledby="titre-offres-correspondantes" className="mt-10">
      <h2 id="titre-offres-correspondantes">Offres publiées qui correspondent</h2>
      <p>Les offres publiées aujourd&apos;hui dont la période croise celle-ci, dans l&apos;un des départements choisis.</p>
      {offers.length === 0 ? (
        <p>Aucune offre publiée ne correspond pour le moment.</p>
      ) : (
        <ul className="list-none p-0" data-testid="matching-offers">
          {offers.map((offer) => (
            <li key={offer.id} className="border-b border-grey-900 py-3">
              <Link href={`/offres/${offer.id}`} className="font-bold">
                {offer.name}
              </Link>
              <span className="block text-sm">
                {offer.structureName}
                {offer.communeName ? ` — ${offer.communeName}` : ""}
                {offer.departmentCode ? ` (${offer.departmentCode})` : ""}
                {offer.places ? ` — ${offer.places} place${offer.places > 1 ? "s" : ""}` : ""}
                {offer.periodStart && offer.periodEnd ? ` — ${describeDateRange(offer.periodStart, offer.periodEnd)}` : ""}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
