import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import type { Region } from "@/lib/core/geo/territories";

/** « Votre région »: a plain GET form (no script needed), so a région's FAQ can be bookmarked. */
export function RegionPicker({ regions, selected }: { regions: Region[]; selected: string | null }) {
  return (
    <form method="get" action="/aide" aria-label="Choisir votre région" className="mb-8 flex flex-wrap items-end gap-4">
      <Select
        label="Votre région"
        name="region"
        hint="Pour ajouter les questions propres à votre région"
        placeholder="Toutes les régions (questions nationales)"
        defaultValue={selected ?? ""}
        options={regions.map((region) => ({ value: region.code, label: region.name }))}
        groupClassName="mb-0 min-w-72"
      />
      <Button type="submit" variant="secondary">
        Afficher
      </Button>
    </form>
  );
}
