import { formatPhone } from "@/lib/core/validation/phone";
import type { FullContent } from "./content";
import type { ComplementsStepInput, DescriptionStepInput, ModalitiesStepInput, PublicationStepInput } from "./schemas";

/**
 * The wizard's form values from an offer's content (or a revision's): strings for text inputs,
 * string ids for checkboxes and selects, phones as people write them. Pure and client-safe.
 */
export type WizardValues = {
  description: DescriptionStepInput;
  modalities: ModalitiesStepInput;
  complements: ComplementsStepInput;
  publication: PublicationStepInput;
};

const str = (value: string | null | undefined) => value ?? "";
const phone = (value: string | null | undefined) => (value ? formatPhone(value) : "");

export function wizardValues(content: Partial<FullContent> | null): WizardValues {
  const c = content ?? {};
  return {
    description: {
      name: str(c.name),
      description: str(c.description),
      themeIds: (c.themeIds ?? []).map(String),
      targetPublicIds: (c.targetPublicIds ?? []).map(String),
      places: c.places ? String(c.places) : "",
      hostSiteName: str(c.hostSiteName),
      street: str(c.street),
      postalCode: str(c.postalCode),
      communeCode: str(c.communeCode),
      communeName: str(c.communeName),
      fieldTypeId: c.fieldTypeId ? String(c.fieldTypeId) : "",
      referentName: str(c.referentName),
      referentJobTitle: str(c.referentJobTitle),
      referentPhone: phone(c.referentPhone),
      referentEmail: str(c.referentEmail),
      localReferentName: str(c.localReferentName),
      localReferentJobTitle: str(c.localReferentJobTitle),
      localReferentPhone: phone(c.localReferentPhone),
      localReferentEmail: str(c.localReferentEmail),
      applicationEmail: str(c.applicationEmail),
    },
    modalities: {
      careModalities: str(c.careModalities),
      periodKind: str(c.periodKind),
      periodStart: str(c.periodStart),
      periodEnd: str(c.periodEnd),
      weeklySlots: [...(c.weeklySlots ?? [])],
      slotsVaryByMonth: c.monthlySlots != null,
      monthlySlots: c.monthlySlots ? Object.fromEntries(Object.entries(c.monthlySlots).map(([month, slots]) => [month, [...slots]])) : {},
    },
    complements: {
      requiredDocuments: str(c.requiredDocuments),
      offersHousing: c.offersHousing ?? false,
      offersMeals: c.offersMeals ?? false,
      offersTransport: c.offersTransport ?? false,
    },
    publication: { publicationStart: str(c.publicationStart), publicationEnd: str(c.publicationEnd) },
  };
}
