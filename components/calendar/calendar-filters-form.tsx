import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Select, TextField } from "@/components/ui/field";
import type { CalendarOptions } from "@/lib/availability/calendar";
import type { CalendarFilters } from "@/lib/availability/calendar-filters";

/** The filters as a GET form: they live in the URL and work without JavaScript. */
export function CalendarFiltersForm({ basePath, filters, options }: { basePath: string; filters: CalendarFilters; options: CalendarOptions }) {
  return (
    <form method="get" action={basePath} role="search" aria-label="Filtrer le calendrier" className="mb-6 border border-grey-900 p-4">
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField
          label="Mois"
          name="mois"
          type="month"
          hint="Par exemple : mars 2027 (2027-03 si votre navigateur demande de l'écrire)"
          defaultValue={filters.month}
          groupClassName="mb-4"
        />
        <Select
          label="Discipline"
          name="discipline"
          placeholder="Toutes les disciplines"
          options={options.disciplines}
          defaultValue={filters.disciplineId === null ? "" : String(filters.disciplineId)}
          groupClassName="mb-4"
        />
        <Select
          label="Université / institut"
          name="etablissement"
          placeholder="Tous les établissements"
          options={options.institutions}
          defaultValue={filters.institutionId ?? ""}
          groupClassName="mb-4"
        />
        <Select
          label="Département"
          name="departement"
          placeholder="Tous les départements"
          options={options.departments}
          defaultValue={filters.departmentCode ?? ""}
          groupClassName="mb-4"
        />
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit">Afficher</Button>
        <Link href={`${basePath}?mois=${filters.month}`}>Réinitialiser les filtres</Link>
      </div>
    </form>
  );
}
