import { isDateString } from "@/lib/core/dates/paris";

/**
 * « Toute l'activité » of a structure (docs/produit.md#espace-offreur): its filters as the URL holds them (« sorte », « du »,
 * « au », « page »), read once here for the page and its tests. A bad date is said next to its field and not applied.
 * Client-safe.
 */
export const ACTIVITY_KINDS = {
  offres: { label: "Offres", subjectType: "offer" },
  utilisateurs: { label: "Utilisateurs", subjectType: "user" },
  structure: { label: "Mon compte offreur", subjectType: "structure" },
} as const;
export type ActivityKind = keyof typeof ACTIVITY_KINDS;

export const ACTIVITY_PAGE_SIZE = 50;
export const ACTIVITY_DATE_MESSAGE = "Saisissez une date valide";
export const ACTIVITY_ORDER_MESSAGE = "La date de fin doit être égale ou postérieure à la date de début";

export type ActivityFilters = { kind: ActivityKind | null; from: string | null; to: string | null; page: number };
export type ActivityFilterErrors = { du?: string; au?: string };

type Params = Record<string, string | string[] | undefined>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || null;

export function parseActivityFilters(params: Params): { filters: ActivityFilters; errors: ActivityFilterErrors; raw: { du: string; au: string } } {
  const kind = first(params.sorte);
  const du = first(params.du);
  const au = first(params.au);
  const errors: ActivityFilterErrors = {};
  if (du && !isDateString(du)) errors.du = ACTIVITY_DATE_MESSAGE;
  if (au && !isDateString(au)) errors.au = ACTIVITY_DATE_MESSAGE;
  const from = du && !errors.du ? du : null;
  let to = au && !errors.au ? au : null;
  if (from && to && to < from) {
    errors.au = ACTIVITY_ORDER_MESSAGE;
    to = null;
  }
  const page = Number(first(params.page));
  return {
    filters: {
      kind: kind && kind in ACTIVITY_KINDS ? (kind as ActivityKind) : null,
      from,
      to,
      page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
    },
    errors,
    raw: { du: du ?? "", au: au ?? "" },
  };
}

/** The URL of a page of the list with these filters (the ones that apply; a refused date is dropped). */
export function activityHref(filters: ActivityFilters, page = 1): string {
  const query = new URLSearchParams();
  if (filters.kind) query.set("sorte", filters.kind);
  if (filters.from) query.set("du", filters.from);
  if (filters.to) query.set("au", filters.to);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `/espace/activite?${text}` : "/espace/activite";
}
