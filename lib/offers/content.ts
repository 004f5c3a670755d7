import type { Offer, OfferContent } from "@/db/schema";

/**
 * The editable content of an offer, as `offers` columns: what a revision proposes (jsonb), what
 * validation copies back, what duplication copies. Everything else (state, structure, author,
 * dates of the workflow) is the workflow's business and never comes from a form.
 */
export const CONTENT_KEYS = [
  "name",
  "description",
  "themeIds",
  "targetPublicIds",
  "places",
  "hostSiteName",
  "street",
  "postalCode",
  "communeCode",
  "communeName",
  "departmentCode",
  "regionCode",
  "fieldTypeId",
  "referentName",
  "referentJobTitle",
  "referentPhone",
  "referentEmail",
  "localReferentName",
  "localReferentJobTitle",
  "localReferentPhone",
  "localReferentEmail",
  "applicationEmail",
  "careModalities",
  "periodKind",
  "periodStart",
  "periodEnd",
  "weeklySlots",
  "monthlySlots",
  "requiredDocuments",
  "offersHousing",
  "offersMeals",
  "offersTransport",
  "publicationStart",
  "publicationEnd",
] as const satisfies readonly (keyof Offer & keyof OfferContent)[];

export type ContentKey = (typeof CONTENT_KEYS)[number];
/** The content with every key present (a revision's jsonb may miss keys written by older code). */
export type FullContent = Pick<Offer, ContentKey>;

export function contentOf(offer: Pick<Offer, ContentKey>): FullContent {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, offer[key]])) as FullContent;
}

/** A revision's content over the offer's: missing keys fall back to the published values. */
export function mergeContent(base: FullContent, revision: OfferContent | null | undefined): FullContent {
  if (!revision) return base;
  const merged = { ...base };
  for (const key of CONTENT_KEYS) {
    if (key in revision) (merged as Record<string, unknown>)[key] = (revision as Record<string, unknown>)[key];
  }
  return merged;
}

/**
 * What validating a revision copies into the published row: everything but the publication dates,
 * which are managed on the live offer itself (« Prolonger », « Arrêter la publication »).
 */
export function publishableContent(content: FullContent): Omit<FullContent, "publicationStart" | "publicationEnd"> {
  const { publicationStart: _start, publicationEnd: _end, ...rest } = content;
  void _start;
  void _end;
  return rest;
}
