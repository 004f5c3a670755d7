import { Alert } from "@/components/ui/alert";
import { ButtonGroup, ButtonLink } from "@/components/ui/button";
import type { SessionUser } from "@/lib/core/auth/session";
import { addDays } from "@/lib/core/dates/paris";
import {
  deleteOfferAction,
  discardRevisionAction,
  duplicateOfferAction,
  stopPublicationAction,
  submitOfferAction,
  validateOfferAction,
} from "@/lib/offers/actions";
import type { SpaceOffer } from "@/lib/offers/queries";
import { isLiveState, isPubliclyVisible } from "@/lib/offers/visibility";
import { isAllowed, type WorkflowAction } from "@/lib/offers/workflow";
import { ConfirmActionButton } from "./confirm-action-button";
import { VALIDATE_REVISION } from "./decision-texts";
import { OfferDialogForm } from "./offer-dialog-form";

/**
 * What this user may do to this offer now, and nothing else: every button is asked of the
 * workflow (lib/offers/workflow.ts), the same table the server applies when the button is used.
 */
export function OfferActions({ space, user, today }: { space: SpaceOffer; user: SessionUser; today: string }) {
  const { offer, revision, validatedBy } = space;
  const allowed = (action: WorkflowAction) => isAllowed(action, { ...offer, validatedBy }, user, today);
  // docs/produit.md#qui-valide: under « par l'ARS » the région's admins decide, and the screen says so.
  const byArs = validatedBy === "ARS";
  const waitingForArs = byArs && (offer.state === "PENDING" || revision?.state === "PENDING");
  // Taken down or sent back by the ARS: it comes back through the ARS only (docs/produit.md#moderation-dune-offre).
  const moderated = offer.arsModeratedAt !== null && !waitingForArs;
  const notified = moderated
    ? "L'ARS (Agence régionale de santé) sera prévenue par courriel : c'est elle qui valide cette offre, qu'elle a dépubliée ou renvoyée pour correction."
    : byArs
      ? "L'ARS (Agence régionale de santé) sera prévenue par courriel : c'est elle qui valide les offres de votre région."
      : "Les valideurs de la structure seront prévenus par courriel.";
  const live = isLiveState(offer.state);
  // Whoever sees this page belongs to the structure, and a frozen structure's users cannot log in.
  const visible = isPubliclyVisible({ ...offer, structureFrozen: false }, today);
  const id = offer.id;

  const ctx: ButtonsContext = { id, today, allowed, notified, byArs };
  const workflow = [
    ...(revision ? revisionButtons(ctx, revision.state) : firstVersionButtons(ctx, offer.state)),
    ...(live ? publicationButtons(ctx, offer) : []),
    ...(offer.state === "EXPIRED" ? renewButtons(ctx) : []),
  ];

  return (
    <div className="mb-8 flex flex-col gap-4">
      <OfferNotices waitingForArs={waitingForArs} moderated={moderated} />
      {workflow.length > 0 && <ButtonGroup>{workflow}</ButtonGroup>}
      <OfferLinks id={id} allowed={allowed} visible={visible} />
    </div>
  );
}

type ButtonsContext = { id: number; today: string; allowed: (action: WorkflowAction) => boolean; notified: string; byArs: boolean };

/** A live offer's modification: ask for its validation, validate it, send it back, or abandon it. */
function revisionButtons(ctx: ButtonsContext, revisionState: NonNullable<SpaceOffer["revision"]>["state"]) {
  const buttons = [];
  if (revisionState !== "PENDING" && ctx.allowed("submitRevision"))
    buttons.push(
      <ConfirmActionButton
        key="submit-revision"
        offerId={ctx.id}
        label="Demander la validation de la modification"
        variant="primary"
        size="md"
        title="Demander la validation de la modification ?"
        description={`${ctx.notified} La version publiée reste visible jusqu'à la validation.`}
        confirmLabel="Demander la validation"
        action={submitOfferAction}
      />,
    );
  if (revisionState !== "SENT_BACK" && ctx.allowed("validateRevision"))
    buttons.push(<ConfirmActionButton key="validate-revision" offerId={ctx.id} {...VALIDATE_REVISION} action={validateOfferAction} then="decision" />);
  if (revisionState === "PENDING" && ctx.allowed("sendBackRevision")) buttons.push(<SendBack key="send-back-revision" offerId={ctx.id} />);
  if (ctx.allowed("discardRevision"))
    buttons.push(
      <ConfirmActionButton
        key="discard"
        offerId={ctx.id}
        label="Abandonner la modification"
        title="Abandonner la modification ?"
        description="Les changements proposés seront abandonnés ; la version publiée ne change pas."
        confirmLabel="Abandonner"
        action={discardRevisionAction}
      />,
    );
  return buttons;
}

/** A first version: ask for its validation, validate it, or send it back. */
function firstVersionButtons(ctx: ButtonsContext, state: SpaceOffer["offer"]["state"]) {
  const buttons = [];
  if (state === "DRAFT" && ctx.allowed("submit"))
    buttons.push(
      <ConfirmActionButton
        key="submit"
        offerId={ctx.id}
        label="Demander la validation"
        variant={ctx.allowed("validate") ? "secondary" : "primary"}
        size="md"
        title="Demander la validation ?"
        description={ctx.notified}
        confirmLabel="Demander la validation"
        action={submitOfferAction}
      />,
    );
  if ((state === "DRAFT" || state === "PENDING") && ctx.allowed("validate"))
    buttons.push(
      <ConfirmActionButton
        key="validate"
        offerId={ctx.id}
        label="Valider"
        variant="primary"
        size="md"
        title="Valider cette offre ?"
        description="Elle sera publiée à sa date de début de publication, ou tout de suite si cette date est atteinte."
        confirmLabel="Valider l'offre"
        action={validateOfferAction}
        then="decision"
      />,
    );
  if (state === "PENDING" && ctx.allowed("sendBack")) buttons.push(<SendBack key="send-back" offerId={ctx.id} />);
  return buttons;
}

/** A live offer: change its dates, stop its publication. */
function publicationButtons(ctx: ButtonsContext, offer: SpaceOffer["offer"]) {
  const buttons = [];
  // guide IDF « Les dates sont modifiables même pendant la publication »: no revision; a start already reached stays.
  if (ctx.allowed("changeDates") && offer.publicationStart && offer.publicationEnd) {
    const startToCome = offer.publicationStart > ctx.today;
    const end = { name: "publicationEnd", label: "Date de fin de publication", type: "date" as const, min: ctx.today };
    buttons.push(
      <OfferDialogForm
        key="change-dates"
        kind="changeDates"
        offerId={ctx.id}
        label="Modifier les dates"
        title="Modifier les dates de publication"
        description={
          startToCome
            ? "Avancez ou reculez le début (pas avant aujourd'hui), avancez ou reculez la fin : l'offre suit ses nouvelles dates aussitôt, sans nouvelle validation. Des instituts de formation l'ont peut-être déjà choisie : prévenez-les."
            : "L'offre est publiée : sa date de début ne se modifie plus. Avancez la fin (pas avant aujourd'hui) ou reculez-la : le site public suit aussitôt, sans nouvelle validation. Des instituts de formation l'ont peut-être déjà choisie : prévenez-les."
        }
        fields={startToCome ? [{ name: "publicationStart", label: "Date de début de publication", type: "date", min: ctx.today }, end] : [end]}
        defaults={{ publicationStart: offer.publicationStart, publicationEnd: offer.publicationEnd }}
        confirmLabel="Enregistrer les dates"
      />,
    );
  }
  if (ctx.allowed("stop"))
    buttons.push(
      <ConfirmActionButton
        key="stop"
        offerId={ctx.id}
        label="Arrêter la publication"
        title="Arrêter la publication ?"
        description="L'offre devient « Caduque » et disparaît aussitôt du site public. Rien n'est supprimé : vous pourrez la renouveler."
        confirmLabel="Arrêter la publication"
        variant="danger"
        action={stopPublicationAction}
      />,
    );
  return buttons;
}

/** An expired offer: publish it again between new dates. */
function renewButtons(ctx: ButtonsContext) {
  if (!ctx.allowed("renew")) return [];
  return [
    <OfferDialogForm
      key="renew"
      kind="renew"
      offerId={ctx.id}
      label="Renouveler"
      title="Renouveler la publication"
      description={
        ctx.allowed("validate")
          ? "Donnez les nouvelles dates : l'offre sera publiée à la date de début."
          : `Donnez les nouvelles dates : l'offre passera en attente de validation${ctx.byArs ? " par l'ARS" : ""}.`
      }
      fields={[
        { name: "publicationStart", label: "Date de début de publication", type: "date", min: ctx.today },
        { name: "publicationEnd", label: "Date de fin de publication", type: "date", min: addDays(ctx.today, 1) },
      ]}
      confirmLabel="Renouveler"
      variant="primary"
    />,
  ];
}

/** Why the ARS decides on this offer: it waits for the ARS, or the ARS moderated it. */
function OfferNotices({ waitingForArs, moderated }: { waitingForArs: boolean; moderated: boolean }) {
  return (
    <>
      {waitingForArs && (
        <Alert tone="info" role="none" title="En attente de l'ARS" data-testid="validated-by-ars">
          <p>Dans votre région, les offres sont validées par l&apos;ARS : elle a reçu la demande et vous serez prévenus de sa décision par courriel.</p>
        </Alert>
      )}
      {moderated && (
        <Alert tone="info" role="none" title="Modérée par l'ARS" data-testid="moderated-by-ars">
          <p>
            L&apos;ARS a dépublié cette offre ou demandé sa correction : renouvelée ou corrigée, elle ne sera publiée à nouveau qu&apos;après la validation de
            l&apos;ARS.
          </p>
        </Alert>
      )}
    </>
  );
}

/** « Modifier », the PDF, the public page, « Dupliquer » and « Supprimer ». */
function OfferLinks({ id, allowed, visible }: { id: number; allowed: ButtonsContext["allowed"]; visible: boolean }) {
  return (
    <ButtonGroup>
      {allowed("edit") && (
        <ButtonLink href={`/espace/offres/${id}?etape=1`} variant="secondary" size="sm">
          Modifier
        </ButtonLink>
      )}
      <a href={`/espace/offres/${id}/pdf`} className="text-sm">
        Télécharger la fiche PDF
      </a>
      {visible && (
        <a href={`/offres/${id}`} className="text-sm">
          Voir l&apos;offre sur le site public
        </a>
      )}
      {allowed("duplicate") && (
        <ConfirmActionButton
          offerId={id}
          label="Dupliquer"
          title="Dupliquer cette offre ?"
          description="Une copie sera créée en brouillon, sans dates de publication, pour être adaptée (par exemple pour l'année suivante)."
          confirmLabel="Dupliquer"
          action={duplicateOfferAction}
          then="created"
        />
      )}
      {allowed("delete") && (
        <ConfirmActionButton
          offerId={id}
          label="Supprimer"
          title="Supprimer cette offre ?"
          description="Elle sera retirée de la liste et du site public. Un administrateur régional peut la récupérer si besoin."
          confirmLabel="Supprimer l'offre"
          variant="danger"
          action={deleteOfferAction}
          then="list"
        />
      )}
    </ButtonGroup>
  );
}

function SendBack({ offerId }: { offerId: number }) {
  return (
    <OfferDialogForm
      kind="sendBack"
      offerId={offerId}
      label="Renvoyer pour correction"
      title="Renvoyer pour correction"
      description="L'auteur recevra votre commentaire par courriel et l'offre repassera en brouillon."
      fields={[
        {
          name: "comment",
          label: "Commentaire",
          type: "textarea",
          hint: "Ce qui doit être corrigé. Veillez à ne pas diffuser de données à caractère personnel.",
        },
      ]}
      confirmLabel="Renvoyer pour correction"
      showDecision
    />
  );
}
