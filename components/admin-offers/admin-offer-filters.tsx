import { CareOptionsFilter, MinPlacesFilter, PeriodFilter } from "@/components/catalogue/shared-filters";
import { ListFilterButtons } from "@/components/offers/list-filter-buttons";
import { Checkbox, Fieldset, Select, TextField } from "@/components/ui/field";
import type { AdminOfferFilters } from "@/lib/offers/admin/filters";
import type { FilterOptions } from "@/lib/offers/admin/queries";
import { MAX_QUERY_LENGTH } from "@/lib/offers/catalogue/limits";
import type { ReferenceOption } from "@/lib/offers/catalogue/queries";
import { STATE_SLUGS } from "@/lib/offers/filters";
import { OFFER_STATE_LABELS, OFFER_STATES } from "@/lib/offers/labels";

type Props = {
  filters: AdminOfferFilters;
  options: FilterOptions;
  /** `YYYY-MM` → « Mai 2026 ». */
  months: { value: string; label: string }[];
  /** The CSV of the filtered list, every page. */
  exportHref: string;
};

/** A long checkbox list folded under its name (native <details>: no JavaScript), open when something in it is ticked. */
function CheckboxList({
  legend,
  name,
  items,
  selected,
}: {
  legend: string;
  name: string;
  items: { value: string; label: string }[];
  selected: readonly string[];
}) {
  const count = items.filter((item) => selected.includes(item.value)).length;
  return (
    <details open={count > 0} className="mb-4 border-b border-grey-900 pb-2">
      <summary className="cursor-pointer py-2 font-medium text-grey-50">
        {legend}
        {count > 0 && (
          <span className="ml-2 text-sm font-normal text-blue-france">
            ({count} choisi{count > 1 ? "s" : ""})
          </span>
        )}
      </summary>
      <Fieldset label={<span className="sr-only">{legend}</span>} name={`${name}-choix`} groupClassName="mb-0 mt-1">
        {items.map((item) => (
          <Checkbox key={item.value} label={item.label} name={name} value={item.value} defaultChecked={selected.includes(item.value)} />
        ))}
      </Fieldset>
    </details>
  );
}

const references = (options: ReferenceOption[], selected: number[]) =>
  options.filter((option) => option.isActive || selected.includes(option.id)).map((option) => ({ value: String(option.id), label: option.label }));

/**
 * The filters of /admin/offres: a plain GET form (works without JavaScript, the filtered list is a
 * URL), with the public catalogue's parameters and labels, plus état, structure and the bin.
 */
export function AdminOfferFiltersForm({ filters, options, months, exportHref }: Props) {
  const { catalogue } = filters;
  const monthOptions =
    catalogue.month && !months.some((m) => m.value === catalogue.month) ? [{ value: catalogue.month, label: catalogue.month }, ...months] : months;
  return (
    <form method="get" action="/admin/offres" role="search" aria-label="Filtrer les offres de la région" className="mb-8 bg-grey-975 p-4 md:p-6">
      <div className="grid grid-cols-1 gap-x-6 md:grid-cols-2 lg:grid-cols-3">
        <TextField
          type="search"
          label="Rechercher"
          name="q"
          hint="Un ou plusieurs mots : thème, lieu, structure…"
          defaultValue={catalogue.q}
          maxLength={MAX_QUERY_LENGTH}
        />
        <Select
          label="Structure"
          name="structure"
          placeholder="Toutes les structures"
          defaultValue={filters.structureId ?? ""}
          options={options.structures.map((structure) => ({ value: structure.id, label: structure.name }))}
        />
        <Select
          label="Département"
          name="departement"
          placeholder="Tous les départements"
          defaultValue={catalogue.department ?? ""}
          options={options.departments.map((department) => ({ value: department.code, label: `${department.code} – ${department.name}` }))}
        />
      </div>
      <div className="grid grid-cols-1 gap-x-6 md:grid-cols-2 lg:grid-cols-3">
        <div>
          <Fieldset label="État" name="etat-choix" hint="Sans choix : tous les états sauf les brouillons (tous, pour les offres supprimées).">
            {OFFER_STATES.map((state) => (
              <Checkbox key={state} label={OFFER_STATE_LABELS[state]} name="etat" value={STATE_SLUGS[state]} defaultChecked={filters.states.includes(state)} />
            ))}
          </Fieldset>
          <Checkbox
            label="Offres supprimées"
            name="supprimees"
            value="1"
            hint="Les offres supprimées par leur structure, que vous pouvez restaurer."
            defaultChecked={filters.deleted}
          />
        </div>
        <div>
          <CheckboxList
            legend="Thématique"
            name="thematique"
            items={references(options.references.themes, catalogue.themes)}
            selected={catalogue.themes.map(String)}
          />
          <CheckboxList
            legend="Public cible"
            name="public"
            items={references(options.references.publics, catalogue.publics)}
            selected={catalogue.publics.map(String)}
          />
          <CheckboxList
            legend="Type de terrain d'action"
            name="terrain"
            items={references(options.references.fieldTypes, catalogue.fieldTypes)}
            selected={catalogue.fieldTypes.map(String)}
          />
          <CareOptionsFilter values={catalogue} groupClassName="mt-4" />
        </div>
        <div>
          <PeriodFilter values={catalogue} months={monthOptions} />
          <MinPlacesFilter values={catalogue} />
        </div>
      </div>
      <ListFilterButtons resetHref="/admin/offres" exportHref={exportHref} />
    </form>
  );
}
