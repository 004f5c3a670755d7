import { FilterForm, FilterSearch, FilterSelect } from "@/components/ui/filter-form";
import { PERMISSION_LABELS } from "@/lib/core/auth/permissions";
import type { UserFilters } from "@/lib/users/queries";
import { PERMISSION_ORDER } from "@/lib/users/schemas";
import { USER_STATE_LABELS, USER_STATE_SLUGS, USER_STATES } from "@/lib/users/states";

const PERMISSION_OPTIONS = PERMISSION_ORDER.map((permission) => ({ value: permission, label: PERMISSION_LABELS[permission] }));
const STATE_OPTIONS = USER_STATES.map((state) => ({ value: USER_STATE_SLUGS[state], label: USER_STATE_LABELS[state] }));

/** « Nom », « Toutes les permissions », « Tous les états » (guide IDF « Utilisateurs » 1/2), in the URL. */
export function UserFiltersForm({ filters }: { filters: UserFilters }) {
  return (
    <FilterForm action="/espace/utilisateurs" label="Filtrer les utilisateurs" active={Boolean(filters.name || filters.permission || filters.state)}>
      <FilterSearch label="Nom" name="nom" value={filters.name} hint="Nom, prénom ou email" width="w-64" />
      <FilterSelect
        label="Permission"
        name="permission"
        value={filters.permission}
        placeholder="Toutes les permissions"
        options={PERMISSION_OPTIONS}
        width="w-64"
      />
      <FilterSelect
        label="État"
        name="etat"
        value={filters.state && USER_STATE_SLUGS[filters.state]}
        placeholder="Tous les états"
        options={STATE_OPTIONS}
        width="w-48"
      />
    </FilterForm>
  );
}
