import Link from "next/link";
import type { ReactNode } from "react";
import { OfferDetails } from "@/components/catalogue/offer-details";
import { Alert } from "@/components/ui/alert";
import type { SessionUser } from "@/lib/core/auth/session";
import type { OfferSheet } from "@/lib/offers/sheet/offer-sheet";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import type { HistoryEntry, SpaceOffer } from "@/lib/offers/queries";
import { OFFER_STEPS } from "@/lib/offers/schemas";
import { isAllowed } from "@/lib/offers/workflow";
import { publicationDatesCell } from "@/lib/offers/publication-text";
import type { DecisionNotice } from "@/lib/offers/decision-notice";
import { OFFER_STATE_LABELS } from "@/lib/offers/labels";
import { formatDateFr } from "@/lib/core/dates/paris";
import type { SheetChange } from "@/lib/offers/sheet/sheet-changes";
import { OfferActions } from "./offer-actions";
import { OfferChanges } from "./offer-changes";
import { OfferHistory } from "./offer-history";
import { OfferStateBadge } from "./offer-state-badge";

const MESSAGES: Record<string, string> = {
  "validation-demandee": "La validation a été demandée : les valideurs de la structure sont prévenus par courriel.",
  // docs/produit.md#qui-valide
  "validation-demandee-ars": "La validation a été demandée : l'ARS, qui valide les offres de votre région, est prévenue par courriel.",
};

const REVISION_TEXT = {
  DRAFT: "Une modification de cette offre est en cours de rédaction. Ci-dessous, la version modifiée ; le site public montre toujours la version publiée.",
  PENDING: "Une modification de cette offre attend d'être validée. Ci-dessous, la version modifiée ; le site public montre toujours la version publiée.",
  SENT_BACK:
    "La modification de cette offre a été renvoyée pour correction. Ci-dessous, la version modifiée ; le site public montre toujours la version publiée.",
} as const;

type Props = {
  space: SpaceOffer;
  sheet: OfferSheet;
  history: HistoryEntry[];
  user: SessionUser;
  today: string;
  message?: string;
  /** Replaces the offerer's actions (the regional admin's consultation has its own). */
  actions?: ReactNode;
  /** Where the offer's page lives, for its documents' links: the structure's space by default. */
  basePath?: string;
  /** A live offer's modification, field by field against the published version. */
  changes?: SheetChange[] | null;
  /** What « Valider » or « Renvoyer pour correction » just did (`?message=decision`). */
  decision?: DecisionNotice | null;
};

/** The offer in the space, read-only (all a CONSULTATION user sees), with its actions and history. */
export function OfferConsultation({ space, sheet, history, user, today, message, actions, basePath = "/espace/offres", decision, changes }: Props) {
  const { offer, revision, content } = space;
  const canEdit = isAllowed("edit", offer, user, today);
  const lastChange = history.at(-1);
  // « recall »: a live offer the ARS sent back for correction, off the catalogue (docs/produit.md#moderation-dune-offre).
  const sentBack = offer.state === "DRAFT" && (lastChange?.action === "send_back" || lastChange?.action === "recall") ? lastChange : null;
  const revisionSentBack = revision?.state === "SENT_BACK" ? revision : null;

  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <OfferStateBadge state={offer.state} size="md" />
        <span className="text-sm text-grey-425">
          Offre n° {offer.id}
          {space.authorName ? ` — rédigée par ${space.authorName}` : ""}
        </span>
      </div>
      <h1>{content.name}</h1>
      {message && MESSAGES[message] && (
        <Alert tone="success">{MESSAGES[message === "validation-demandee" && space.validatedBy === "ARS" ? "validation-demandee-ars" : message]}</Alert>
      )}
      {decision && (
        <Alert tone="success" data-testid="decision-notice">
          {decisionText(decision, offer.publicationStart, offer.publicationEnd)}
        </Alert>
      )}
      {sentBack && (
        <Alert tone="warning" title="À corriger : renvoyée pour correction" role="none" id="a-corriger">
          <p className="whitespace-pre-line">
            {sentBack.actorName ?? "Un valideur"}, le {formatDateTimeFr(sentBack.at)} : « {sentBack.comment} »
          </p>
        </Alert>
      )}
      {revision && (
        <Alert tone="info" title="Modification en cours" role="none" id={revisionSentBack ? "a-corriger" : undefined}>
          <p>{REVISION_TEXT[revision.state as keyof typeof REVISION_TEXT]}</p>
          {revisionSentBack?.comment && <p className="mt-2 whitespace-pre-line">Commentaire du valideur : « {revisionSentBack.comment} »</p>}
        </Alert>
      )}
      {actions ?? <OfferActions space={space} user={user} today={today} />}
      {changes && <OfferChanges changes={changes} />}

      <p className="text-lg">
        <strong>Dates de publication :</strong> {publicationDatesCell(offer.publicationStart, offer.publicationEnd)}
      </p>
      {canEdit && <OfferStepLinks offerId={offer.id} />}
      <OfferDetails sheet={sheet} />
      <OfferDocuments attachments={space.attachments} offerPath={`${basePath}/${offer.id}`} />
      <section aria-labelledby="section-historique" className="mb-10">
        <h2 id="section-historique" className="text-2xl md:text-3xl">
          Historique
        </h2>
        <OfferHistory entries={history} />
      </section>
    </>
  );
}

/** « Valider » / « Renvoyer pour correction » confirmed: the new state, and who was emailed (issue 16). */
function decisionText(decision: DecisionNotice, start: string | null, end: string | null): string {
  const state = `« ${OFFER_STATE_LABELS[decision.toState]} »`;
  const what =
    decision.kind === "validated"
      ? decision.revision
        ? "La modification est validée : elle remplace la version publiée."
        : decision.toState === "PUBLISHED"
          ? `L'offre est validée : elle est ${state} sur le site public${end ? ` jusqu'au ${formatDateFr(end)}` : ""}.`
          : decision.toState === "VALIDATED" && start
            ? `L'offre est validée : elle est ${state} et sera publiée le ${formatDateFr(start)}.`
            : `L'offre est validée : elle est ${state}.`
      : decision.revision
        ? "La modification est renvoyée pour correction ; la version publiée reste en ligne."
        : `L'offre est renvoyée pour correction : elle est de nouveau ${state}.`;
  const who = decision.notified
    ? ` Un courriel prévient ${decision.notified.name} (${decision.notified.email}).`
    : decision.own
      ? " Vous en êtes l'auteur : aucun courriel n'est parti."
      : " Son auteur n'a plus de compte actif : aucun courriel n'est parti.";
  return what + who;
}

/** « Modifier une étape » : a link to each step of the form. */
function OfferStepLinks({ offerId }: { offerId: number }) {
  return (
    <nav aria-label="Modifier une étape de l'offre" className="mb-8">
      <p className="mb-2 text-sm font-bold">Modifier une étape :</p>
      <ul className="m-0 flex list-none flex-wrap gap-4 p-0 text-sm">
        {OFFER_STEPS.map((step, index) => (
          <li key={step.key}>
            <Link href={`/espace/offres/${offerId}?etape=${index + 1}`}>
              {index + 1}. {step.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** « Documents utiles » : the offer's attachments, when it has any. */
function OfferDocuments({ attachments, offerPath }: { attachments: SpaceOffer["attachments"]; offerPath: string }) {
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby="section-documents" className="mb-10">
      <h2 id="section-documents" className="text-2xl md:text-3xl">
        Documents utiles
      </h2>
      <ul>
        {attachments.map((file) => (
          <li key={file.fileId}>
            <a href={`${offerPath}/documents/${file.fileId}`} download>
              {file.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
