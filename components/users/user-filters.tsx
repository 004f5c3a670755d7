import { Select, TextField } from "@/components/ui/field";
import { FilterForm } from "@/components/ui/filter-form";
import { PERMISSION_LABELS } from "@/lib/core/auth/permissions";
import type { UserFilters } from "@/lib/users/queries";
import { PERMISSION_ORDER } from "@/lib/users/schemas";
import { USER_STATE_LABELS, USER_STATE_SLUGS, USER_STATES } from "@/lib/users/states";

/** « Nom », « Toutes les permissions », « Tous les états » (guide IDF « Utilisateurs » 1/2), in the URL. */
export function UserFiltersForm({ filters }: { filters: UserFilters }) {
  return (
    <FilterForm action="/espace/utilisateurs" label="Filtrer les utilisateurs" active={Boolean(filters.name || filters.permission || filters.state)}>
      <TextField label="Nom" name="nom" type="search" defaultValue={filters.name ?? ""} hint="Nom, prénom ou email" groupClassName="mb-0 w-64" />
      <Select
        label="Permission"
        name="permission"
        defaultValue={filters.permission ?? ""}
        placeholder="Toutes les permissions"
        options={PERMISSION_ORDER.map((permission) => ({ value: permission, label: PERMISSION_LABELS[permission] }))}
        groupClassName="mb-0 w-64"
      />
      <Select
        label="Etat"
        name="etat"
        defaultValue={filters.state ? USER_STATE_SLUGS[filters.state] : ""}
        placeholder="Tous les états"
        options={USER_STATES.map((state) => ({ value: USER_STATE_SLUGS[state], label: USER_STATE_LABELS[state] }))}
        groupClassName="mb-0 w-48"
      />
    </FilterForm>
  );
}
