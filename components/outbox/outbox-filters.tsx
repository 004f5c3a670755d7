import { Select, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import type { OutboxFilters } from "@/lib/core/outbox/queries";
import { OUTBOX_STATUS_LABELS, OUTBOX_STATUSES } from "@/lib/core/outbox/labels";

export function OutboxFiltersForm({ filters }: { filters: OutboxFilters }) {
  return (
    <FilterForm action="/admin/courriels" label="Filtrer les courriels" active={Boolean(filters.status || filters.recipient)}>
      <Select
        label="État"
        name="etat"
        defaultValue={filters.status ?? ""}
        placeholder="Tous les états"
        options={OUTBOX_STATUSES.map((status) => ({ value: status, label: OUTBOX_STATUS_LABELS[status] }))}
        groupClassName="mb-0 w-56"
      />
      <TextField
        label="Destinataire"
        name="destinataire"
        type="search"
        defaultValue={filters.recipient ?? ""}
        hint="Tout ou partie de l'adresse"
        groupClassName="mb-0 w-80"
      />
    </FilterForm>
  );
}
