import type { OfferContent } from "@/db/schema";
import { OFFER_STEPS, PUBLICATION_PAST_MESSAGE, type OfferStepKey } from "./schemas";

/**
 * « Demander la validation vérifie tous les champs obligatoires des quatre étapes » (docs/produit.md#assistant-en-quatre-etapes): what is
 * missing, step by step, in the words of the form. Pure and client-safe (the wizard shows the same).
 */
type Requirement = { field: string; label: string; isMissing: (content: OfferContent) => boolean; message?: string };

export const HOSTING_TIMES_MESSAGE = "Cochez au moins une demi-journée dans « Plage d'accueil », ou décrivez les « Modalités de prise en charge »";

const blank = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");
const empty = (value: unknown) => !Array.isArray(value) || value.length === 0;

export const REQUIRED_FIELDS: Record<OfferStepKey, Requirement[]> = {
  description: [
    { field: "name", label: "Nom de l'offre", isMissing: (c) => blank(c.name) },
    { field: "description", label: "Description", isMissing: (c) => blank(c.description) },
    { field: "themeIds", label: "Thématique(s)", isMissing: (c) => empty(c.themeIds) },
    { field: "targetPublicIds", label: "Public cible", isMissing: (c) => empty(c.targetPublicIds) },
    { field: "places", label: "Nombre de places", isMissing: (c) => blank(c.places) },
    { field: "hostSiteName", label: "Structure d'accueil", isMissing: (c) => blank(c.hostSiteName) },
    { field: "street", label: "Adresse de l'offre (n° et rue)", isMissing: (c) => blank(c.street) },
    { field: "communeCode", label: "Adresse de l'offre (code postal et commune)", isMissing: (c) => blank(c.communeCode) || blank(c.postalCode) },
    { field: "fieldTypeId", label: "Type de terrain d'action", isMissing: (c) => blank(c.fieldTypeId) },
    // Starred in guide IDF: the person students and training institutes deal with.
    { field: "referentName", label: "Référent de l'offre (nom et prénom)", isMissing: (c) => blank(c.referentName) },
    { field: "applicationEmail", label: "Email pour candidater", isMissing: (c) => blank(c.applicationEmail) },
  ],
  // What students need to know when to come: the period, and either the half-days of the weekly
  // grid or, for an offer that cannot say them in a grid, the care modalities in words.
  modalities: [
    { field: "periodStart", label: "Début de période", isMissing: (c) => blank(c.periodStart) },
    { field: "periodEnd", label: "Fin de période", isMissing: (c) => blank(c.periodEnd) },
    {
      field: "weeklySlots",
      label: "Plage d'accueil (au moins une demi-journée) ou Modalités de prise en charge",
      message: HOSTING_TIMES_MESSAGE,
      isMissing: (c) => empty(c.weeklySlots) && blank(c.careModalities),
    },
  ],
  complements: [],
  publication: [
    { field: "publicationStart", label: "Date de début de publication", isMissing: (c) => blank(c.publicationStart) },
    { field: "publicationEnd", label: "Date de fin de publication", isMissing: (c) => blank(c.publicationEnd) },
  ],
};

export type MissingStep = { step: OfferStepKey; stepNumber: number; stepLabel: string; fields: { field: string; label: string; message?: string }[] };

/**
 * The required fields still empty, by step. With `today`, a publication start already past counts
 * as missing too (asking for validation of an offer whose start is gone: guide IDF « la date de
 * début ne peut être antérieure à la date du jour »).
 */
export function missingFields(content: OfferContent, today?: string): MissingStep[] {
  return OFFER_STEPS.flatMap(({ key, label }, index) => {
    const fields = REQUIRED_FIELDS[key]
      .filter((requirement) => requirement.isMissing(content))
      .map(({ field, label: fieldLabel, message }) => ({ field, label: fieldLabel, ...(message ? { message } : {}) }));
    if (key === "publication" && today && content.publicationStart && content.publicationStart < today) {
      fields.push({ field: "publicationStart", label: "Date de début de publication (passée)" });
    }
    return fields.length > 0 ? [{ step: key, stepNumber: index + 1, stepLabel: label, fields }] : [];
  });
}

/** « Étape 1 « Description » : Nom de l'offre, Thématique(s). Étape 4 « Publication » : … » */
export function describeMissing(missing: MissingStep[]): string {
  const parts = missing.map(({ stepNumber, stepLabel, fields }) => `Étape ${stepNumber} « ${stepLabel} » : ${fields.map((f) => f.label).join(", ")}.`);
  return `Des informations obligatoires manquent. ${parts.join(" ")}`;
}

/** Field errors for the form: « Ce champ est obligatoire » (or the requirement's own words) next to each missing field. */
export function missingFieldErrors(missing: MissingStep[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const { fields } of missing) {
    for (const { field, label, message } of fields) {
      errors[field] = [message ?? (label.endsWith("(passée)") ? PUBLICATION_PAST_MESSAGE : "Ce champ est obligatoire")];
      // « Plage d'accueil » or « Modalités de prise en charge »: the message goes next to both.
      if (message === HOSTING_TIMES_MESSAGE) errors.careModalities = [message];
    }
  }
  return errors;
}
