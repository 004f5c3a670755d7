import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RegionOfferActions } from "@/components/admin-offers/region-offer-actions";
import { OfferConsultation } from "@/components/offers/offer-consultation";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { getRegionOffer } from "@/lib/offers/admin/queries";
import { regionOf, requireUser } from "@/lib/core/auth/guards";
import { today } from "@/lib/core/dates/clock";
import { listOfferHistory } from "@/lib/offers/queries";
import { sheetChanges } from "@/lib/offers/sheet/sheet-changes";
import { buildPublishedSheet, buildSpaceOfferSheet } from "@/lib/offers/sheet/space-sheet";
import { parseOfferNumber } from "@/lib/core/validation/ids";

type Props = { params: Promise<{ id: string }> };

/** The tab names the offer (issue 16). */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser("regionOffers.view");
  const offerId = parseOfferNumber((await params).id);
  const offer = offerId ? await getRegionOffer(regionOf(user), offerId) : null;
  return { title: offer ? `${offer.content.name} (offre n° ${offer.offer.id})` : "Offre introuvable" };
}

/**
 * Any offer of the admin's région, read-only, as its structure sees it (the same consultation and
 * history), deleted ones included with « Restaurer l'offre ». Another région's offer or a junk id: 404.
 */
export default async function RegionOfferPage({ params }: Props) {
  const user = await requireUser("regionOffers.view");
  const offerId = parseOfferNumber((await params).id);
  const offer = offerId ? await getRegionOffer(regionOf(user), offerId) : null;
  if (!offer) notFound();
  const [sheet, history, published] = await Promise.all([
    buildSpaceOfferSheet(offer),
    listOfferHistory(offer.offer.id),
    offer.revision ? buildPublishedSheet(offer) : null,
  ]);
  const day = today();
  return (
    <>
      <Breadcrumb
        items={[{ label: "Administration régionale", href: "/admin" }, { label: "Offres", href: "/admin/offres" }, { label: `Offre n° ${offer.offer.id}` }]}
      />
      <OfferConsultation
        space={offer}
        sheet={sheet}
        history={history}
        user={user}
        today={day}
        changes={published ? sheetChanges(published, sheet) : null}
        basePath="/admin/offres"
        actions={<RegionOfferActions offer={offer} user={user} today={day} />}
      />
    </>
  );
}
