import "server-only";
import type { Metadata } from "next";
import { appUrl } from "@/lib/core/env";
import { listDepartments, listRegions } from "@/lib/core/geo/territories";
import { getCachedReferences } from "./cached-queries";
import { dropUnknownValues, hasActiveFilters, type CatalogueFilters, type KnownValues } from "./filters";
import type { CatalogueReferences } from "./queries";

/** The filters as the catalogue understands them (unknown reference ids and territories dropped), and the lists they choose from. */
export async function resolveCatalogueFilters(parsed: CatalogueFilters): Promise<{ filters: CatalogueFilters; references: CatalogueReferences }> {
  const references = await getCachedReferences();
  const departments = listDepartments();
  const known: KnownValues = {
    themes: new Set(references.themes.map((t) => t.id)),
    publics: new Set(references.publics.map((t) => t.id)),
    fieldTypes: new Set(references.fieldTypes.map((t) => t.id)),
    regions: new Set(listRegions().map((r) => r.code)),
    departments: new Map(departments.map((d) => [d.code, d.regionCode])),
  };
  return { filters: dropUnknownValues(parsed, known), references };
}

export function catalogueMetadata(filters: CatalogueFilters): Metadata {
  const suffix = filters.page > 1 ? ` – page ${filters.page}` : "";
  return {
    title: `Offres de prévention${suffix}`,
    description: "Les offres d'actions de prévention publiées par les structures d'accueil du service sanitaire des étudiants en santé.",
    // Absolute, as search engines want it (APP_URL): each page of the listing is its own canonical page;
    // filtered variants are for people, not indexed, and point to the listing.
    metadataBase: new URL(appUrl("/")),
    alternates: { canonical: !hasActiveFilters(filters) && filters.page > 1 ? `/offres?page=${filters.page}` : "/offres" },
    robots: hasActiveFilters(filters) ? { index: false, follow: true } : undefined,
  };
}

export function themeLabelMap(references: CatalogueReferences): Map<number, string> {
  return new Map(references.themes.map((t) => [t.id, t.label]));
}

const MONTHS = ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre"];

/** The current month and the next ones, « Mai 2026 », for the period filter. */
export function upcomingMonths(today: string, count = 12): { value: string; label: string }[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) - 1;
  return Array.from({ length: count }, (_, i) => {
    const y = year + Math.floor((month + i) / 12);
    const m = (month + i) % 12;
    return { value: `${y}-${String(m + 1).padStart(2, "0")}`, label: `${MONTHS[m]} ${y}` };
  });
}
