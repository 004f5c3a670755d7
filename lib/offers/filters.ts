import type { OfferState } from "@/db/schema";
import { isDateString } from "@/lib/core/dates/paris";
import { parsePage, parseSerialId } from "@/lib/core/validation/ids";

/**
 * The filters of « Offres » in the offerer space (docs/produit.md#espace-offreur, guide IDF « Consulter les offres »), as
 * they live in the URL so that a filtered list can be bookmarked, shared and exported. Parsing
 * never fails: junk is dropped, long text cut. Parameter names are French: users see them.
 */
export const SPACE_PAGE_SIZE = 20;
const MAX_TEXT = 150;
const MAX_PAGE = 10_000;

export const STATE_SLUGS: Record<OfferState, string> = {
  DRAFT: "brouillon",
  PENDING: "en-attente",
  VALIDATED: "validee",
  PUBLISHED: "publiee",
  EXPIRED: "caduque",
};
const STATE_BY_SLUG = Object.fromEntries(Object.entries(STATE_SLUGS).map(([state, slug]) => [slug, state as OfferState]));

/**
 * « Trier par » (docs/produit.md#espace-offreur): in the URL as `tri`, the default (the most
 * recent first, a VALIDEUR's waiting offers before) needing none.
 */
export const SORT_LABELS = {
  recent: "Les plus récentes",
  publication: "Dates de publication",
  modification: "Dernière modification",
  nom: "Nom",
} as const;
export type SpaceOfferSort = keyof typeof SORT_LABELS;
const isSort = (value: string): value is SpaceOfferSort => Object.hasOwn(SORT_LABELS, value);

export type SpaceOfferFilters = {
  /** « Nom de l'offre » (or its number). */
  name: string;
  fieldTypeId: number | null;
  state: OfferState | null;
  /** « Après le »: publication starting on or after that day. */
  after: string | null;
  /** « Avant le »: publication ending on or before that day. */
  before: string | null;
  /** « Structure d'accueil ». */
  hostSite: string;
  department: string | null;
  themeId: number | null;
  sort: SpaceOfferSort;
  page: number;
};

export const EMPTY_SPACE_FILTERS: SpaceOfferFilters = {
  name: "",
  fieldTypeId: null,
  state: null,
  after: null,
  before: null,
  hostSite: "",
  department: null,
  themeId: null,
  sort: "recent",
  page: 1,
};

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: Params, key: string): string {
  const value = params instanceof URLSearchParams ? params.get(key) : params[key];
  const first = Array.isArray(value) ? value[0] : value;
  return (first ?? "").replace(/[\u0000-\u001f\u007f]/g, " ").trim();
}

function text(value: string): string {
  return Array.from(value.replace(/\s+/g, " ")).slice(0, MAX_TEXT).join("");
}

function id(value: string): number | null {
  return parseSerialId(value) || null;
}

export function parseSpaceOfferFilters(params: Params): SpaceOfferFilters {
  const department = read(params, "departement").toUpperCase();
  return {
    name: text(read(params, "nom")),
    fieldTypeId: id(read(params, "terrain")),
    state: STATE_BY_SLUG[read(params, "etat")] ?? null,
    after: isDateString(read(params, "apres")) ? read(params, "apres") : null,
    before: isDateString(read(params, "avant")) ? read(params, "avant") : null,
    hostSite: text(read(params, "site")),
    department: /^(?:\d{2,3}|2[AB])$/.test(department) ? department : null,
    themeId: id(read(params, "thematique")),
    sort: isSort(read(params, "tri")) ? (read(params, "tri") as SpaceOfferSort) : "recent",
    page: parsePage(read(params, "page"), MAX_PAGE),
  };
}

/** The query string of a filtered list (page 1 is implicit), for links, paging and the export. */
export function spaceOfferSearchParams(filters: SpaceOfferFilters, overrides: Partial<SpaceOfferFilters> = {}): URLSearchParams {
  const f = { ...filters, ...overrides };
  const params = new URLSearchParams();
  if (f.name) params.set("nom", f.name);
  if (f.fieldTypeId) params.set("terrain", String(f.fieldTypeId));
  if (f.state) params.set("etat", STATE_SLUGS[f.state]);
  if (f.after) params.set("apres", f.after);
  if (f.before) params.set("avant", f.before);
  if (f.hostSite) params.set("site", f.hostSite);
  if (f.department) params.set("departement", f.department);
  if (f.themeId) params.set("thematique", String(f.themeId));
  if (f.sort !== "recent") params.set("tri", f.sort);
  if (f.page > 1) params.set("page", String(f.page));
  return params;
}

export function spaceOffersHref(filters: SpaceOfferFilters, overrides: Partial<SpaceOfferFilters> = {}, base = "/espace/offres"): string {
  const query = spaceOfferSearchParams(filters, overrides).toString();
  return query ? `${base}?${query}` : base;
}

/** Whether the list is narrowed (a sort order alone narrows nothing). */
export function hasActiveFilters(filters: SpaceOfferFilters): boolean {
  return spaceOfferSearchParams({ ...filters, sort: "recent", page: 1 }).toString() !== "";
}
