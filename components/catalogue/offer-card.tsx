"use client";

import { Card } from "@/components/ui/card";
import type { OfferCardView } from "@/lib/offers/catalogue/card-view";
import { unpackCardView, type PackedCardView } from "@/lib/offers/catalogue/packed-card";
import styles from "./offer-card.module.css";

/** One result: the whole card links to the offer page (components/ui/card). */
export function OfferCard({ offer, headingLevel = 3 }: { offer: OfferCardView; headingLevel?: 2 | 3 | 4 }) {
  return (
    <Card
      href={`/offres/${offer.id}`}
      title={offer.title}
      headingLevel={headingLevel}
      tags={offer.tags}
      description={
        <>
          <p className={styles.structure}>{offer.structureName}</p>
          {offer.excerpt && <p>{offer.excerpt}</p>}
        </>
      }
      detail={
        <ul>
          {offer.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      }
    />
  );
}

/** Cards in a responsive grid, as a list so that screen readers announce how many. Packed: the server's packCardView. */
export function OfferCardList({ offers, className }: { offers: PackedCardView[]; className?: string }) {
  return (
    <ul className={`m-0 grid list-none grid-cols-1 gap-6 p-0 ${className ?? ""}`}>
      {offers.map(unpackCardView).map((offer) => (
        <li key={offer.id}>
          <OfferCard offer={offer} />
        </li>
      ))}
    </ul>
  );
}
