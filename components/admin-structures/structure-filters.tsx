import { Select, TextField, type SelectOption } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import type { StructureFilters } from "@/lib/structures/admin/queries";
import { STRUCTURE_STATUS_LABELS, STRUCTURE_STATUSES } from "@/lib/structures/admin/schemas";

/** « Rechercher » (name, SIREN, commune), « Type d'offreur », « Statut »: a GET form, the filters live in the URL. */
export function StructureFiltersForm({ filters, offererTypes }: { filters: StructureFilters; offererTypes: SelectOption[] }) {
  return (
    <FilterForm action="/admin/structures" label="Rechercher une structure" active={Boolean(filters.search || filters.offererTypeId || filters.status)}>
      <TextField
        label="Rechercher"
        name="recherche"
        type="search"
        defaultValue={filters.search ?? ""}
        hint="Raison sociale, SIREN ou commune"
        groupClassName="mb-0 w-72"
      />
      <Select
        label="Type d'offreur"
        name="type"
        defaultValue={filters.offererTypeId ? String(filters.offererTypeId) : ""}
        placeholder="Tous les types"
        options={offererTypes}
        groupClassName="mb-0 w-64"
      />
      <Select
        label="Statut"
        name="etat"
        defaultValue={filters.status ?? ""}
        placeholder="Tous les statuts"
        options={STRUCTURE_STATUSES.map((status) => ({ value: status, label: STRUCTURE_STATUS_LABELS[status] }))}
        groupClassName="mb-0 w-48"
      />
    </FilterForm>
  );
}
