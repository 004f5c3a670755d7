import type { Metadata } from "next";
import { OfferWizard } from "@/components/offers/wizard/offer-wizard";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireUser } from "@/lib/core/auth/guards";
import { today } from "@/lib/core/dates/clock";
import { listOfferReferenceOptions } from "@/lib/offers/references";
import { wizardValues } from "@/lib/offers/wizard-values";

export const metadata: Metadata = { title: "Créer une offre" };

/** « + Créer » (guide IDF « Créer une offre »): step 1 of the wizard; the first save creates the draft. */
export default async function NewOfferPage() {
  await requireUser("offer.create");
  const references = await listOfferReferenceOptions();
  return (
    <>
      <Breadcrumb items={[{ label: "Offres", href: "/espace/offres" }, { label: "Créer une offre" }]} />
      <h1>Créer une offre</h1>
      <OfferWizard
        offerId={null}
        step={1}
        values={wizardValues(null)}
        references={references}
        earliestStart={today()}
        attachments={[]}
        missing={[]}
        capabilities={{
          exists: false,
          mode: "new",
          canSubmit: false,
          canValidate: false,
          canDelete: false,
          datesEditable: true,
          saveLabel: "Enregistrer le brouillon",
        }}
      />
    </>
  );
}
