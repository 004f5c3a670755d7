import { ConfirmActionButton } from "@/components/offers/confirm-action-button";
import { Alert } from "@/components/ui/alert";
import { ButtonGroup } from "@/components/ui/button";
import { restoreOfferAction } from "@/lib/offers/admin/actions";
import type { RegionOffer } from "@/lib/offers/admin/queries";
import type { SessionUser } from "@/lib/core/auth/session";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { OFFER_STATE_LABELS } from "@/lib/offers/labels";
import { isAllowed, planTransition } from "@/lib/offers/workflow";

/** What a regional admin sees above an offer of the région: its structure, the PDF, and for a deleted offer, « Restaurer l'offre ». */
export function RegionOfferActions({ offer: regionOffer, user, today }: { offer: RegionOffer; user: SessionUser; today: string }) {
  const { offer } = regionOffer;
  const plan = offer.deletedAt ? planTransition("restore", offer, user, today) : null;
  const target = plan?.ok && plan.to !== "deleted" ? plan.to : offer.state;
  return (
    <div className="mb-8 flex flex-col gap-4">
      <p className="m-0">
        <strong>Structure :</strong> {regionOffer.structureName}
      </p>
      {offer.deletedAt && (
        <Alert tone="warning" title="Offre supprimée" role="none">
          <p>
            Supprimée le {formatDateTimeFr(offer.deletedAt)}
            {regionOffer.deletedByName ? ` par ${regionOffer.deletedByName}` : ""}. Elle n&apos;apparaît plus dans l&apos;espace de la structure ni sur le site
            public.
          </p>
        </Alert>
      )}
      <ButtonGroup>
        {offer.deletedAt && isAllowed("restore", offer, user, today) && (
          <ConfirmActionButton
            offerId={offer.id}
            label="Restaurer l'offre"
            variant="primary"
            size="md"
            title="Restaurer cette offre ?"
            description={`Elle reviendra dans l'espace de la structure à l'état « ${OFFER_STATE_LABELS[target]} »${target === "PUBLISHED" ? " et de nouveau sur le site public" : ""}. La restauration est inscrite dans l'historique.`}
            confirmLabel="Restaurer l'offre"
            action={restoreOfferAction}
          />
        )}
        <a href={`/admin/offres/${offer.id}/pdf`} className="text-sm">
          Télécharger la fiche PDF
        </a>
      </ButtonGroup>
    </div>
  );
}
