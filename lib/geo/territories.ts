import { createRequire } from "node:module";

/**
 * Régions and départements from the official dataset (`@etalab/decoupage-administratif`,
 * INSEE's Code officiel géographique), never a hand-written list (SPEC §10).
 * Server-only (node:module): pages pass the lists they need to client components.
 */
export type Region = { code: string; name: string };
export type Department = { code: string; name: string; regionCode: string };

export const REGION_IDF = "11";
export const REGION_GRAND_EST = "44";

type RawTerritory = { code: string; nom: string; region?: string; zone: "metro" | "drom" | "com" };

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
  // Read once per process; the package's own index.js reads files relative to the working directory.
  const require = createRequire(import.meta.url);
  const rawRegions = require("@etalab/decoupage-administratif/data/regions.json") as RawTerritory[];
  const rawDepartments = require("@etalab/decoupage-administratif/data/departements.json") as RawTerritory[];

  const regions = rawRegions
    .map((r) => ({ code: r.code, name: r.nom }))
    .sort((a, b) => a.name.localeCompare(b.name, "fr"));
  const departments = rawDepartments
    .map((d) => ({ code: d.code, name: d.nom, regionCode: d.region ?? "" }))
    .sort((a, b) => departmentSortKey(a.code).localeCompare(departmentSortKey(b.code)));
  // Metropolitan and overseas régions each have an ARS; the overseas collectivities
  // (Saint-Pierre-et-Miquelon, Polynésie…, zone « com ») have their own health administrations.
  const arsRegionCodes = new Set(rawRegions.filter((r) => r.zone !== "com").map((r) => r.code));

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
  return departments
    .filter((d) => (regionCode === undefined ? arsRegionCodes.has(d.regionCode) : d.regionCode === regionCode))
    .map((d) => ({ ...d }));
}

export function getRegion(code: string): Region | null {
  const region = load().regionsByCode.get(code);
  return region ? { ...region } : null;
}

export function getDepartment(code: string): Department | null {
  const department = load().departmentsByCode.get(code.toUpperCase());
  return department ? { ...department } : null;
}
