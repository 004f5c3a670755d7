import { ConfirmActionButton } from "@/components/offers/confirm-action-button";
import { VALIDATE_REVISION } from "@/components/offers/decision-texts";
import { Alert } from "@/components/ui/alert";
import { ButtonGroup } from "@/components/ui/button";
import { restoreOfferAction, validateRegionOfferAction } from "@/lib/offers/admin/actions";
import type { RegionOffer } from "@/lib/offers/admin/queries";
import type { SessionUser } from "@/lib/core/auth/session";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import { OFFER_STATE_LABELS } from "@/lib/offers/labels";
import { isLiveState } from "@/lib/offers/visibility";
import { isAllowed, planTransition, type WorkflowAction } from "@/lib/offers/workflow";
import { ModerationDialog } from "./moderation-dialog";

/**
 * What a regional admin sees above an offer of the région: its structure, the PDF, and the
 * workflow's answers for the admin (lib/offers/workflow.ts, the same table as the structures'):
 * « Valider » / « Renvoyer pour correction » what was sent to the ARS (docs/produit.md#qui-valide),
 * « Renvoyer pour correction » / « Dépublier » a live offer (#moderation-dune-offre), « Restaurer
 * l'offre » a deleted one.
 */
export function RegionOfferActions({ offer: regionOffer, user, today }: { offer: RegionOffer; user: SessionUser; today: string }) {
  const { offer, revision, validatedBy } = regionOffer;
  const planned = { ...offer, validatedBy };
  const plan = offer.deletedAt ? planTransition("restore", offer, user, today) : null;
  const target = plan?.ok && plan.to !== "deleted" ? plan.to : offer.state;
  const allowed = (action: WorkflowAction) => !offer.deletedAt && isAllowed(action, planned, user, today);
  const live = isLiveState(offer.state);
  const revisionWaits = live && revision?.state === "PENDING";
  const id = offer.id;

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
      {!offer.deletedAt && (offer.state === "PENDING" || revisionWaits) && (
        <Alert tone="info" role="none" title={validatedBy === "ARS" ? "À valider par l'ARS" : "À valider par la structure"} data-testid="validated-by">
          <p>
            {validatedBy === "ARS"
              ? "Cette demande a été envoyée à l'ARS : validez-la ou renvoyez-la pour correction avec un commentaire."
              : "Cette demande attend les valideurs de sa structure : elle a été envoyée quand les structures de la région validaient leurs offres."}
          </p>
        </Alert>
      )}
      <DecisionButtons id={id} pending={offer.state === "PENDING"} revisionWaits={revisionWaits} allowed={allowed} />
      <ModerationButtons id={id} live={live} allowed={allowed} />
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

type Allowed = (action: WorkflowAction) => boolean;

/** « Valider » / « Renvoyer pour correction » what waits for a decision: a first version or a live offer's modification. */
function DecisionButtons({ id, pending, revisionWaits, allowed }: { id: number; pending: boolean; revisionWaits: boolean; allowed: Allowed }) {
  const decisions = [];
  if (pending && allowed("validate"))
    decisions.push(
      <ConfirmActionButton
        key="validate"
        offerId={id}
        label="Valider"
        variant="primary"
        size="md"
        title="Valider cette offre ?"
        description="Elle sera publiée à sa date de début de publication, ou tout de suite si cette date est atteinte. Son auteur est prévenu par courriel."
        confirmLabel="Valider l'offre"
        action={validateRegionOfferAction}
      />,
    );
  if (pending && allowed("sendBack"))
    decisions.push(
      <ModerationDialog
        key="send-back"
        kind="sendBack"
        offerId={id}
        label="Renvoyer pour correction"
        title="Renvoyer pour correction"
        description="L'auteur recevra votre commentaire par courriel et l'offre repassera en brouillon."
        confirmLabel="Renvoyer pour correction"
      />,
    );
  if (revisionWaits && allowed("validateRevision"))
    decisions.push(<ConfirmActionButton key="validate-revision" offerId={id} {...VALIDATE_REVISION} action={validateRegionOfferAction} />);
  if (revisionWaits && allowed("sendBackRevision"))
    decisions.push(
      <ModerationDialog
        key="send-back-revision"
        kind="sendBack"
        offerId={id}
        label="Renvoyer la modification pour correction"
        title="Renvoyer la modification pour correction"
        description="L'auteur recevra votre commentaire par courriel ; la version publiée reste en ligne."
        confirmLabel="Renvoyer pour correction"
      />,
    );
  return decisions.length > 0 ? <ButtonGroup>{decisions}</ButtonGroup> : null;
}

/** « Renvoyer pour correction » / « Dépublier » a live offer (docs/produit.md#moderation-dune-offre). */
function ModerationButtons({ id, live, allowed }: { id: number; live: boolean; allowed: Allowed }) {
  const moderation = [];
  if (live && allowed("recall"))
    moderation.push(
      <ModerationDialog
        key="send-back-live"
        kind="sendBackLive"
        offerId={id}
        label="Renvoyer pour correction"
        title="Renvoyer l'offre en ligne pour correction"
        description="Les gestionnaires et valideurs de la structure recevront votre commentaire par courriel."
        confirmLabel="Renvoyer pour correction"
      />,
    );
  if (live && allowed("unpublish"))
    moderation.push(
      <ModerationDialog
        key="unpublish"
        kind="unpublish"
        offerId={id}
        label="Dépublier"
        variant="danger"
        title="Dépublier cette offre ?"
        description="Elle devient « Caduque » et quitte aussitôt le site public. Le motif est inscrit dans l'historique et envoyé aux gestionnaires et valideurs de la structure. Rien n'est supprimé."
        confirmLabel="Dépublier"
      />,
    );
  return moderation.length > 0 ? <ButtonGroup>{moderation}</ButtonGroup> : null;
}
