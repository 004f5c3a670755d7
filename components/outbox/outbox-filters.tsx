import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import type { OutboxFilters } from "@/lib/core/outbox/queries";
import { OUTBOX_STATUS_LABELS, OUTBOX_STATUSES } from "@/lib/core/outbox/labels";

const STATUS_OPTIONS = OUTBOX_STATUSES.map((status) => ({ value: status, label: OUTBOX_STATUS_LABELS[status] }));

export function OutboxFiltersForm({ filters }: { filters: OutboxFilters }) {
  return (
    <FilterForm action="/admin/courriels" label="Filtrer les courriels" active={Boolean(filters.status || filters.recipient)}>
      <FilterSelect label="État" name="etat" value={filters.status} placeholder="Tous les états" options={STATUS_OPTIONS} width="w-56" />
      <FilterSearch label="Destinataire" name="destinataire" value={filters.recipient} hint="Tout ou partie de l'adresse" width="w-80" />
    </FilterForm>
  );
}
