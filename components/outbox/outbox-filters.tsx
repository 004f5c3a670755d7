import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";
import type { OutboxFilters } from "@/lib/outbox/queries";
import { OUTBOX_STATUS_LABELS, OUTBOX_STATUSES } from "@/lib/outbox/labels";

/** A plain GET form: the filters live in the URL, so a filtered list can be bookmarked and paged. */
export function OutboxFiltersForm({ filters }: { filters: OutboxFilters }) {
  const active = Boolean(filters.status || filters.recipient);
  return (
    <form method="get" action="/admin/courriels" role="search" aria-label="Filtrer les courriels" className="mb-8 flex flex-wrap items-end gap-4">
      <Select
        label="État"
        name="etat"
        defaultValue={filters.status ?? ""}
        placeholder="Tous les états"
        options={OUTBOX_STATUSES.map((status) => ({ value: status, label: OUTBOX_STATUS_LABELS[status] }))}
        groupClassName="mb-0 w-56"
      />
      <TextField label="Destinataire" name="destinataire" type="search" defaultValue={filters.recipient ?? ""} hint="Tout ou partie de l'adresse" groupClassName="mb-0 w-80" />
      <Button type="submit">Filtrer</Button>
      {active && (
        <Link href="/admin/courriels" className="min-h-10 py-2 text-blue-france">
          Effacer les filtres
        </Link>
      )}
    </form>
  );
}
