import { z } from "zod";
import { addDays, isDateString } from "@/lib/core/dates/paris";
import { MAX_PAGE, MAX_PLACES, MAX_QUERY_LENGTH } from "./limits";
import { SERIAL_ID_PATTERN } from "@/lib/core/validation/ids";

/**
 * The catalogue's filters as they live in the URL (docs/produit.md#ce-que-voit-le-public: shareable, bookmarkable, back button).
 * Parameter names are French because users see and share them. Parsing never fails: the URL is
 * typed by anyone, so junk is dropped, absurd numbers clamped and long text truncated, and the
 * page stays a normal page (never a 500, never an error echoed back).
 */
export { MAX_PAGE, MAX_PLACES, MAX_QUERY_LENGTH, PAGE_SIZE } from "./limits";

const MAX_LIST_LENGTH = 30;

export type CatalogueFilters = {
  /** Full-text search, trimmed and truncated. */
  q: string;
  themes: number[];
  publics: number[];
  fieldTypes: number[];
  region: string | null;
  department: string | null;
  /** `YYYY-MM`: offers whose period overlaps that month; takes precedence over from/to. */
  month: string | null;
  from: string | null;
  to: string | null;
  housing: boolean;
  meals: boolean;
  minPlaces: number | null;
  page: number;
};

export const EMPTY_FILTERS: CatalogueFilters = {
  q: "",
  themes: [],
  publics: [],
  fieldTypes: [],
  region: null,
  department: null,
  month: null,
  from: null,
  to: null,
  housing: false,
  meals: false,
  minPlaces: null,
  page: 1,
};

export type RawSearchParams = Record<string, string | string[] | undefined> | URLSearchParams;

const raw = z.unknown().optional();

function values(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
  return [];
}

function first(value: unknown): string {
  return values(value)[0]?.trim() ?? "";
}

// Control characters and bidirectional overrides have nothing to do in a search.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const queryText = raw.transform((value) => {
  const text = first(value).replace(CONTROL, " ").normalize("NFC").replace(/\s+/g, " ").trim();
  // Cut at a code point boundary so that a truncated emoji does not become a lone surrogate.
  return Array.from(text).slice(0, MAX_QUERY_LENGTH).join("").trim();
});

const idList = raw.transform((value) => {
  const ids = values(value)
    .flatMap((v) => v.split(","))
    .map((v) => v.trim())
    .filter((v) => SERIAL_ID_PATTERN.test(v))
    .map(Number)
    .filter((n) => n > 0);
  return [...new Set(ids)].sort((a, b) => a - b).slice(0, MAX_LIST_LENGTH);
});

const code = (pattern: RegExp) =>
  raw.transform((value) => {
    const text = first(value).toUpperCase();
    return pattern.test(text) ? text : null;
  });

const month = raw.transform((value) => {
  const text = first(value);
  return /^\d{4}-\d{2}$/.test(text) && isDateString(`${text}-01`) && isReasonableYear(text) ? text : null;
});

const day = raw.transform((value) => {
  const text = first(value);
  return isDateString(text) && isReasonableYear(text) ? text : null;
});

const flag = raw.transform((value) => ["1", "on", "true", "oui"].includes(first(value).toLowerCase()));

const boundedInt = (min: number, max: number) =>
  raw.transform((value) => {
    const text = first(value);
    if (!/^\d{1,12}$/.test(text)) return null;
    return Math.min(Math.max(Number(text), min), max);
  });

function isReasonableYear(date: string): boolean {
  const year = Number(date.slice(0, 4));
  return year >= 2000 && year <= 2100;
}

/** URL parameter → filter: the one place where the French names are spelled. */
export const catalogueParamsSchema = z
  .object({
    q: queryText,
    thematique: idList,
    public: idList,
    terrain: idList,
    // Région codes are two digits (« 11 », « 44 »); département codes 2 or 3 characters (« 2A », « 971 »).
    region: code(/^\d{2}$/),
    departement: code(/^(?:\d{2,3}|2[AB])$/),
    mois: month,
    du: day,
    au: day,
    hebergement: flag,
    restauration: flag,
    places: boundedInt(1, MAX_PLACES),
    page: boundedInt(1, MAX_PAGE),
  })
  .transform((p): CatalogueFilters => {
    let [from, to] = [p.du, p.au];
    if (from && to && from > to) [from, to] = [to, from];
    return {
      q: p.q,
      themes: p.thematique,
      publics: p.public,
      fieldTypes: p.terrain,
      region: p.region,
      department: p.departement,
      month: p.mois,
      from: p.mois ? null : from,
      to: p.mois ? null : to,
      housing: p.hebergement,
      meals: p.restauration,
      minPlaces: p.places,
      page: p.page ?? 1,
    };
  });

function toRecord(params: RawSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  if (params instanceof URLSearchParams) {
    for (const [key, value] of params) (record[key] ??= []).push(value);
  } else {
    for (const [key, value] of Object.entries(params)) record[key] = values(value);
  }
  return record;
}

/** Parses whatever the URL holds; every field has a safe default, so this cannot throw. */
export function parseCatalogueFilters(params: RawSearchParams): CatalogueFilters {
  const parsed = catalogueParamsSchema.safeParse(toRecord(params));
  return parsed.success ? parsed.data : { ...EMPTY_FILTERS };
}

/** What the database knows: values outside these lists are dropped rather than matching nothing. */
export type KnownValues = {
  themes: ReadonlySet<number>;
  publics: ReadonlySet<number>;
  fieldTypes: ReadonlySet<number>;
  /** Département code → its région code. */
  departments: ReadonlyMap<string, string>;
  regions: ReadonlySet<string>;
};

export function dropUnknownValues(filters: CatalogueFilters, known: KnownValues): CatalogueFilters {
  const region = filters.region && known.regions.has(filters.region) ? filters.region : null;
  const departmentRegion = filters.department ? known.departments.get(filters.department) : undefined;
  // Without JavaScript the département list cannot follow a newly chosen région: the région,
  // the broader and usually the latest choice, wins over a département outside it.
  const department = departmentRegion && (!region || departmentRegion === region) ? filters.department : null;
  return {
    ...filters,
    themes: filters.themes.filter((id) => known.themes.has(id)),
    publics: filters.publics.filter((id) => known.publics.has(id)),
    fieldTypes: filters.fieldTypes.filter((id) => known.fieldTypes.has(id)),
    region,
    department,
  };
}

/** The period to overlap, inclusive; null when no period filter is set. Open ends are null. */
export function periodRange(filters: Pick<CatalogueFilters, "month" | "from" | "to">): { from: string | null; to: string | null } | null {
  if (filters.month) {
    const start = `${filters.month}-01`;
    const [year = 0, monthNumber = 0] = filters.month.split("-").map(Number);
    const nextMonth = monthNumber === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}-01`;
    return { from: start, to: addDays(nextMonth, -1) };
  }
  if (!filters.from && !filters.to) return null;
  return { from: filters.from, to: filters.to };
}

/** Whether any filter (search included, page excluded) is set. */
export function hasActiveFilters(filters: CatalogueFilters): boolean {
  return toSearchParams({ ...filters, page: 1 }).size > 0;
}

/** The canonical URL parameters of some filters: stable order, defaults left out. */
export function toSearchParams(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set("q", filters.q);
  for (const id of filters.themes) params.append("thematique", String(id));
  for (const id of filters.publics) params.append("public", String(id));
  for (const id of filters.fieldTypes) params.append("terrain", String(id));
  if (filters.region) params.set("region", filters.region);
  if (filters.department) params.set("departement", filters.department);
  if (filters.month) params.set("mois", filters.month);
  if (filters.from) params.set("du", filters.from);
  if (filters.to) params.set("au", filters.to);
  if (filters.housing) params.set("hebergement", "1");
  if (filters.meals) params.set("restauration", "1");
  if (filters.minPlaces) params.set("places", String(filters.minPlaces));
  if (filters.page > 1) params.set("page", String(filters.page));
  return params;
}

/** `/offres?…` for these filters, e.g. a pagination link. */
export function catalogueHref(filters: CatalogueFilters, page = filters.page): string {
  const query = toSearchParams({ ...filters, page }).toString();
  return query ? `/offres?${query}` : "/offres";
}
