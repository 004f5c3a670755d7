/**
 * The names of the catalogue's URL parameters (lib/offers/catalogue/filters.ts reads them). `/offres`
 * without any of them is the cached unfiltered listing itself (app/offres/[[...cle]]), and proxy.ts
 * runs only when one is present (its matcher must be literal, so it repeats this list; a unit test
 * keeps both equal).
 */
export const CATALOGUE_PARAMS = [
  "q",
  "thematique",
  "public",
  "terrain",
  "region",
  "departement",
  "mois",
  "du",
  "au",
  "hebergement",
  "restauration",
  "places",
  "page",
] as const;
