import type { Metadata } from "next";
import { OfferWizard } from "@/components/offers/wizard/offer-wizard";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { requireUser, structureIdOf } from "@/lib/core/auth/guards";
import { today } from "@/lib/core/dates/clock";
import { newOfferDefaults } from "@/lib/offers/new-offer-defaults";
import { listOfferReferenceOptions } from "@/lib/offers/references";
import { getRegionSettings } from "@/lib/regions/settings";
import { wizardValues } from "@/lib/offers/wizard-values";

export const metadata: Metadata = { title: "Nouvelle offre" };

/** « + Créer » (guide IDF « Créer une offre »): step 1 of the wizard, filled with what the platform knows; the first save creates the draft. */
export default async function NewOfferPage() {
  const user = await requireUser("offer.create");
  const [references, known, settings] = await Promise.all([
    listOfferReferenceOptions(),
    newOfferDefaults(structureIdOf(user), user.id),
    getRegionSettings(user.regionCode ?? ""),
  ]);
  return (
    <>
      <Breadcrumb items={[{ label: "Offres", href: "/espace/offres" }, { label: "Nouvelle offre" }]} />
      <h1>Nouvelle offre</h1>
      <OfferWizard
        offerId={null}
        step={1}
        values={wizardValues(known)}
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
          validatedBy: settings.offerValidation,
          ownWork: true,
        }}
      />
    </>
  );
}
