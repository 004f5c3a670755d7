/**
 * The names of the catalogue's URL parameters (lib/catalogue/filters.ts reads them). next.config.ts
 * serves `/offres` without any of them straight from its cached page, and proxy.ts runs only when
 * one is present (its matcher must be literal, so it repeats this list; a unit test keeps both equal).
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

/** The cached page of the unfiltered listing (app/offres/recherche/[cle] with the key « toutes »). */
export const ALL_OFFERS_PATH = "/offres/recherche/toutes";
