import { Select, TextField } from "@/components/ui/field";
import { getDepartment } from "@/lib/core/geo/territories";
import { SORT_LABELS, STATE_SLUGS, type SpaceOfferFilters } from "@/lib/offers/filters";
import { OFFER_STATE_LABELS, OFFER_STATES } from "@/lib/offers/labels";
import type { ReferenceOption } from "@/lib/offers/references";
import { ListFilterButtons } from "./list-filter-buttons";

type Props = {
  filters: SpaceOfferFilters;
  fieldTypes: ReferenceOption[];
  themes: ReferenceOption[];
  departments: string[];
  /** The CSV of the filtered list. */
  exportHref: string;
};

/**
 * The filters of « Offres » (docs/produit.md#espace-offreur, guide IDF « Consulter les offres »): a plain GET form, so the
 * filtered list is a URL (bookmark, share, back button) and works without JavaScript.
 */
export function OfferFilters({ filters, fieldTypes, themes, departments, exportHref }: Props) {
  return (
    <form method="get" action="/espace/offres" role="search" aria-label="Filtrer les offres" className="mb-8 bg-grey-975 p-4 md:p-6">
      <div className="grid grid-cols-1 gap-x-6 md:grid-cols-2 lg:grid-cols-3">
        <TextField label="Nom de l'offre" name="nom" hint="Ou son numéro" defaultValue={filters.name} maxLength={150} />
        <Select
          label="Type de terrain d'action"
          name="terrain"
          placeholder="Tous les types"
          defaultValue={filters.fieldTypeId ? String(filters.fieldTypeId) : ""}
          options={fieldTypes.map((item) => ({ value: String(item.id), label: item.label }))}
        />
        <Select
          label="État"
          name="etat"
          placeholder="Tous les états"
          defaultValue={filters.state ? STATE_SLUGS[filters.state] : ""}
          options={OFFER_STATES.map((state) => ({ value: STATE_SLUGS[state], label: OFFER_STATE_LABELS[state] }))}
        />
        <TextField label="Structure d'accueil" name="site" defaultValue={filters.hostSite} maxLength={150} />
        <TextField label="Après le" name="apres" type="date" hint="Début de publication à partir de cette date" defaultValue={filters.after ?? ""} />
        <TextField label="Avant le" name="avant" type="date" hint="Fin de publication au plus tard à cette date" defaultValue={filters.before ?? ""} />
        <Select
          label="Département"
          name="departement"
          placeholder="Tous les départements"
          defaultValue={filters.department ?? ""}
          options={departments.map((code) => ({ value: code, label: `${code} — ${getDepartment(code)?.name ?? code}` }))}
        />
        <Select
          label="Thématique"
          name="thematique"
          placeholder="Toutes les thématiques"
          defaultValue={filters.themeId ? String(filters.themeId) : ""}
          options={themes.map((item) => ({ value: String(item.id), label: item.label }))}
        />
        <Select label="Trier par" name="tri" defaultValue={filters.sort} options={Object.entries(SORT_LABELS).map(([value, label]) => ({ value, label }))} />
      </div>
      <ListFilterButtons resetHref="/espace/offres" exportHref={exportHref} />
    </form>
  );
}
