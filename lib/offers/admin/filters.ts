import type { OfferState } from "@/db/schema";
import { parseCatalogueFilters, toSearchParams, type CatalogueFilters, type RawSearchParams } from "@/lib/offers/catalogue/filters";
import { STATE_SLUGS } from "@/lib/offers/filters";
import { OFFER_STATES } from "@/lib/offers/labels";
import { isUuid } from "@/lib/core/validation/ids";

/**
 * The filters of /admin/offres as they live in the URL (the public catalogue's filters plus state and
 * structure: docs/produit.md#pouvoirs-de-lars): the catalogue's own parameters, parsed by the catalogue's
 * parser, plus `etat` (several, the space's slugs: brouillon, en-attente…), `structure` and
 * `supprimees`. The région is not a filter: an admin sees their région, whatever the URL says.
 *
 * Drafts are the structure's private work in progress (guide IDF), so the default list leaves them
 * out; ticking « Brouillon » shows them. « Offres supprimées » lists the bin instead, every state
 * included, since a deleted draft is recoverable too (docs/produit.md#suppression-et-historique).
 */
export type AdminOfferFilters = {
  catalogue: CatalogueFilters;
  /** Empty: the default set (every state but drafts, or every state in the bin). */
  states: OfferState[];
  structureId: string | null;
  deleted: boolean;
  page: number;
};

export const DEFAULT_STATES: readonly OfferState[] = OFFER_STATES.filter((state) => state !== "DRAFT");

function all(params: RawSearchParams, key: string): string[] {
  const value = params instanceof URLSearchParams ? params.getAll(key) : params[key];
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) => v.trim());
}

/** Never throws: junk is dropped, as in the catalogue. */
export function parseAdminOfferFilters(params: RawSearchParams): AdminOfferFilters {
  const catalogue = { ...parseCatalogueFilters(params), region: null };
  const slugs = new Set(all(params, "etat").flatMap((value) => value.split(",")));
  const states = OFFER_STATES.filter((state) => slugs.has(STATE_SLUGS[state]));
  const structure = all(params, "structure")[0] ?? "";
  return {
    catalogue: { ...catalogue, page: 1 },
    states,
    structureId: isUuid(structure) ? structure.toLowerCase() : null,
    deleted: ["1", "on", "oui", "true"].includes((all(params, "supprimees")[0] ?? "").toLowerCase()),
    page: catalogue.page,
  };
}

/** The states listed: those ticked, else the default of the view. */
export function effectiveStates(filters: AdminOfferFilters): readonly OfferState[] {
  if (filters.states.length > 0) return filters.states;
  return filters.deleted ? OFFER_STATES : DEFAULT_STATES;
}

/** Canonical query string: catalogue parameters first, then ours; page 1 implicit. */
export function adminOfferSearchParams(filters: AdminOfferFilters, page = filters.page): URLSearchParams {
  const params = toSearchParams({ ...filters.catalogue, region: null, page: 1 });
  for (const state of filters.states) params.append("etat", STATE_SLUGS[state]);
  if (filters.structureId) params.set("structure", filters.structureId);
  if (filters.deleted) params.set("supprimees", "1");
  if (page > 1) params.set("page", String(page));
  return params;
}

export function adminOffersHref(filters: AdminOfferFilters, page = filters.page, base = "/admin/offres"): string {
  const query = adminOfferSearchParams(filters, page).toString();
  return query ? `${base}?${query}` : base;
}

export function hasActiveAdminFilters(filters: AdminOfferFilters): boolean {
  return adminOfferSearchParams(filters, 1).size > 0;
}
