import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { MatchingCohorts } from "@/components/calendar/matching-cohorts";
import { OfferConsultation } from "@/components/offers/offer-consultation";
import { OfferWizard } from "@/components/offers/wizard/offer-wizard";
import { Alert } from "@/components/ui/alert";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireUser, structureIdOf } from "@/lib/core/auth/guards";
import { today } from "@/lib/core/dates/clock";
import { missingFields } from "@/lib/offers/completeness";
import { lastDecisionBy } from "@/lib/offers/decision-notice";
import { getStructureOffer, listOfferHistory } from "@/lib/offers/queries";
import { listOfferReferenceOptions, referenceIdsOf } from "@/lib/offers/references";
import { OFFER_STEPS } from "@/lib/offers/schemas";
import { sheetChanges } from "@/lib/offers/sheet/sheet-changes";
import { buildPublishedSheet, buildSpaceOfferSheet } from "@/lib/offers/sheet/space-sheet";
import { wizardValues } from "@/lib/offers/wizard-values";
import { editMode, isAllowed, isStepEditable } from "@/lib/offers/workflow";
import { parseOfferNumber } from "@/lib/core/validation/ids";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The tab names the offer (several offers open in several tabs stay apart). */
export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const user = await requireUser("offer.view");
  const offerId = parseOfferNumber((await params).id);
  const space = offerId ? await getStructureOffer(structureIdOf(user), offerId) : null;
  if (!space) return { title: "Offre introuvable" };
  const editing = typeof (await searchParams).etape === "string";
  return { title: `${editing ? "Modifier : " : ""}${space.content.name} (offre n° ${space.offer.id})` };
}

/**
 * An offer of the structure: its blocks read-only, its actions and its history; with `?etape=N`
 * the wizard at that step, for those who may edit (guide IDF « Modifier une offre »). Another
 * structure's offer, a deleted one or a junk id: 404.
 */
export default async function OfferPage({ params, searchParams }: Props) {
  const user = await requireUser("offer.view");
  const offerId = parseOfferNumber((await params).id);
  const space = offerId ? await getStructureOffer(structureIdOf(user), offerId) : null;
  if (!space) notFound();
  const query = await searchParams;
  const day = today();
  const { revision } = space;
  // Who validates decides « Valider » (docs/produit.md#qui-valide): every question below plans with it.
  const offer = { ...space.offer, validatedBy: space.validatedBy };
  const step = Number(typeof query.etape === "string" ? query.etape : NaN);
  const breadcrumb = [{ label: "Offres", href: "/espace/offres" }, { label: `Offre n° ${offer.id}` }];

  if (Number.isInteger(step) && step >= 1 && step <= OFFER_STEPS.length && isAllowed("edit", offer, user, day)) {
    const mode = editMode(offer.state);
    const canSubmit =
      mode === "revision"
        ? !!revision && revision.state !== "PENDING" && isAllowed("submitRevision", offer, user, day)
        : offer.state === "DRAFT" && isAllowed("submit", offer, user, day);
    const canValidate =
      mode === "revision"
        ? !!revision && revision.state !== "SENT_BACK" && isAllowed("validateRevision", offer, user, day)
        : isAllowed("validate", offer, user, day);
    return (
      <>
        <Breadcrumb items={[...breadcrumb.slice(0, 1), { label: `Offre n° ${offer.id}`, href: `/espace/offres/${offer.id}` }, { label: "Modifier" }]} />
        <h1>
          Modifier l&apos;offre n° {offer.id}
          <span className="mt-1 block text-xl font-normal">{space.content.name}</span>
        </h1>
        {mode === "revision" && (
          <Alert tone="warning" title="Cette offre est en ligne" data-testid="live-offer-warning">
            <p>
              Des instituts de formation l&apos;ont peut-être déjà choisie pour leurs étudiants : évitez les changements importants et prévenez-les si vous en
              faites.
            </p>
            <p>
              Vos changements sont enregistrés comme une modification, qui devra être validée. Jusque-là, les étudiants continuent de voir la version publiée.
              Les dates de publication se modifient sans validation, avec « Modifier les dates » sur la page de l&apos;offre.
            </p>
          </Alert>
        )}
        <OfferWizard
          offerId={offer.id}
          step={step as 1 | 2 | 3 | 4}
          values={wizardValues(space.content)}
          references={await listOfferReferenceOptions(referenceIdsOf(space.content))}
          earliestStart={offer.publicationStart && offer.publicationStart < day ? offer.publicationStart : day}
          attachments={space.attachments}
          missing={missingFields(
            mode === "revision" ? { ...space.content, publicationStart: offer.publicationStart } : space.content,
            mode === "revision" ? undefined : day,
          )}
          justSaved={query.enregistre === "1"}
          capabilities={{
            exists: true,
            mode,
            canSubmit,
            canValidate,
            canDelete: offer.state === "DRAFT" && isAllowed("delete", offer, user, day),
            datesEditable: isStepEditable(offer.state, "publication"),
            saveLabel: mode === "revision" ? "Enregistrer la modification" : offer.state === "DRAFT" ? "Enregistrer le brouillon" : "Enregistrer",
            validatedBy: space.validatedBy,
            ownWork: (mode === "revision" ? revision?.authorId : offer.authorId) === user.id,
          }}
        />
      </>
    );
  }

  const [sheet, history, decision, published] = await Promise.all([
    buildSpaceOfferSheet(space),
    listOfferHistory(offer.id),
    query.message === "decision" ? lastDecisionBy(offer.id, user.id) : null,
    space.revision ? buildPublishedSheet(space) : null,
  ]);
  return (
    <>
      <Breadcrumb items={breadcrumb} />
      <OfferConsultation
        space={space}
        sheet={sheet}
        history={history}
        user={user}
        today={day}
        message={typeof query.message === "string" ? query.message : undefined}
        decision={decision}
        changes={published ? sheetChanges(published, sheet) : null}
      />
      {/* Beyond the guides (docs/produit.md#disponibilites-et-calendrier): the declared cohorts whose period and département meet this offer's. */}
      <MatchingCohorts offerId={offer.id} />
    </>
  );
}
