import { formatDateFr } from "@/lib/core/dates/paris";
import { getDepartment, getRegion } from "@/lib/core/geo/territories";
import { catalogueHref, type CatalogueFilters } from "./filters";
import type { CatalogueReferences } from "./queries";

export type FilterChip = { label: string; href: string };

/**
 * The active filters of a search, each a removable chip above the results (issue 16: on a phone the
 * filters fold away, the chips say what is applied): its words, and the link to the same search
 * without it, back to page 1. The search words themselves are a chip too.
 */
export function filterChips(filters: CatalogueFilters, references: CatalogueReferences, monthLabel: (month: string) => string): FilterChip[] {
  const base = { ...filters, page: 1 };
  const chip = (label: string, without: Partial<CatalogueFilters>): FilterChip => ({ label, href: catalogueHref({ ...base, ...without }, 1) });
  const labelOf = (options: { id: number; label: string }[], id: number) => options.find((o) => o.id === id)?.label ?? String(id);
  const chips: FilterChip[] = [];
  if (filters.q) chips.push(chip(`« ${filters.q} »`, { q: "" }));
  for (const id of filters.themes) chips.push(chip(labelOf(references.themes, id), { themes: filters.themes.filter((t) => t !== id) }));
  for (const id of filters.publics) chips.push(chip(labelOf(references.publics, id), { publics: filters.publics.filter((p) => p !== id) }));
  for (const id of filters.fieldTypes) chips.push(chip(labelOf(references.fieldTypes, id), { fieldTypes: filters.fieldTypes.filter((f) => f !== id) }));
  if (filters.region) chips.push(chip(getRegion(filters.region)?.name ?? filters.region, { region: null, department: null }));
  if (filters.department) {
    const department = getDepartment(filters.department);
    chips.push(chip(department ? `${department.name} (${department.code})` : filters.department, { department: null }));
  }
  if (filters.month) chips.push(chip(monthLabel(filters.month), { month: null }));
  else {
    if (filters.from) chips.push(chip(`Du ${formatDateFr(filters.from)}`, { from: null }));
    if (filters.to) chips.push(chip(`Au ${formatDateFr(filters.to)}`, { to: null }));
  }
  if (filters.housing) chips.push(chip("Hébergement", { housing: false }));
  if (filters.meals) chips.push(chip("Restauration", { meals: false }));
  if (filters.minPlaces) chips.push(chip(`${filters.minPlaces} places au moins`, { minPlaces: null }));
  return chips;
}
