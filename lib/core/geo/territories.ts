import rawRegions from "@etalab/decoupage-administratif/data/regions.json";
import rawDepartments from "@etalab/decoupage-administratif/data/departements.json";

/**
 * Régions and départements from the official dataset (`@etalab/decoupage-administratif`,
 * INSEE's Code officiel géographique), never a hand-written list (docs/produit.md#donnees-et-conventions). Both files are small
 * (13 kB), so this module also serves client components: the catalogue's filters import the lists
 * rather than receiving them in every page's RSC payload. Communes (8.6 MB) stay server-only
 * (lib/core/geo/communes.ts).
 */
export type Region = { code: string; name: string };
export type Department = { code: string; name: string; regionCode: string };

export const REGION_IDF = "11";
export const REGION_GRAND_EST = "44";

type RawTerritory = { code: string; nom: string; region?: string; zone: string };
const REGIONS: readonly RawTerritory[] = rawRegions;
const DEPARTMENTS: readonly RawTerritory[] = rawDepartments;

type Territories = {
  regions: Region[];
  departments: Department[];
  regionsByCode: Map<string, Region>;
  departmentsByCode: Map<string, Department>;
  arsRegionCodes: Set<string>;
};

let cache: Territories | undefined;

// « 2A » and « 2B » (Corsica) sit between 19 and 21, where they replaced 20.
function departmentSortKey(code: string): string {
  return code === "2A" ? "20a" : code === "2B" ? "20b" : code;
}

function load(): Territories {
  if (cache) return cache;
  const regions = REGIONS.map((r) => ({ code: r.code, name: r.nom })).sort((a, b) => a.name.localeCompare(b.name, "fr"));
  const departments = DEPARTMENTS.map((d) => ({ code: d.code, name: d.nom, regionCode: d.region ?? "" })).sort((a, b) =>
    departmentSortKey(a.code).localeCompare(departmentSortKey(b.code)),
  );
  // Metropolitan and overseas régions each have an ARS; the overseas collectivities
  // (Saint-Pierre-et-Miquelon, Polynésie…, zone « com ») have their own health administrations.
  const arsRegionCodes = new Set(REGIONS.filter((r) => r.zone !== "com").map((r) => r.code));

  cache = {
    regions,
    departments,
    regionsByCode: new Map(regions.map((r) => [r.code, r])),
    departmentsByCode: new Map(departments.map((d) => [d.code, d])),
    arsRegionCodes,
  };
  return cache;
}

/** Whether the région has a regional health agency, hence regional admins on the platform. */
export function isArsRegion(code: string): boolean {
  return load().arsRegionCodes.has(code);
}

/** The 18 régions that have an ARS, by French alphabetical order. */
export function listRegions(): Region[] {
  const { regions, arsRegionCodes } = load();
  return regions.filter((r) => arsRegionCodes.has(r.code)).map((r) => ({ ...r }));
}

/** Départements of ARS régions (or of one région), in the usual order (01 … 19, 2A, 2B, 21 … 976). */
export function listDepartments(regionCode?: string): Department[] {
  const { departments, arsRegionCodes } = load();
  return departments.filter((d) => (regionCode === undefined ? arsRegionCodes.has(d.regionCode) : d.regionCode === regionCode)).map((d) => ({ ...d }));
}

export function getRegion(code: string): Region | null {
  const region = load().regionsByCode.get(code);
  return region ? { ...region } : null;
}

export function getDepartment(code: string): Department | null {
  const department = load().departmentsByCode.get(code.toUpperCase());
  return department ? { ...department } : null;
}
