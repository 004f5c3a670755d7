import type { SelectOption } from "@/components/ui/field";
import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import type { StructureFilters } from "@/lib/structures/admin/queries";
import { STRUCTURE_STATUS_LABELS, STRUCTURE_STATUSES } from "@/lib/structures/admin/schemas";

const STATUS_OPTIONS = STRUCTURE_STATUSES.map((status) => ({ value: status, label: STRUCTURE_STATUS_LABELS[status] }));

/** « Rechercher » (name, SIREN, commune), « Type d'offreur », « Statut »: a GET form, the filters live in the URL. */
export function StructureFiltersForm({ filters, offererTypes }: { filters: StructureFilters; offererTypes: SelectOption[] }) {
  return (
    <FilterForm action="/admin/structures" label="Rechercher une structure" active={Boolean(filters.search || filters.offererTypeId || filters.status)}>
      <FilterSearch label="Rechercher" name="recherche" value={filters.search} hint="Raison sociale, SIREN ou commune" width="w-72" />
      <FilterSelect
        label="Type d'offreur"
        name="type"
        value={filters.offererTypeId ? String(filters.offererTypeId) : ""}
        placeholder="Tous les types"
        options={offererTypes}
        width="w-64"
      />
      <FilterSelect label="Statut" name="etat" value={filters.status} placeholder="Tous les statuts" options={STATUS_OPTIONS} width="w-48" />
    </FilterForm>
  );
}
