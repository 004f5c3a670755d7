"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Fieldset, TextField } from "@/components/ui/field";
import { ChevronDownIcon } from "@/components/ui/icons";
import type { CatalogueFilters } from "@/lib/offers/catalogue/filters";
import { MAX_QUERY_LENGTH } from "@/lib/offers/catalogue/limits";
import type { CatalogueReferences, ReferenceOption } from "@/lib/offers/catalogue/queries";
import styles from "./filters.module.css";
import { CareOptionsFilter, MinPlacesFilter, PeriodFilter } from "./shared-filters";
import { TerritorySelects } from "./territory-selects";

type FiltersFormProps = {
  filters: CatalogueFilters;
  references: CatalogueReferences;
  /** `YYYY-MM` → « Mai 2026 », the months offered in the period list. */
  months: { value: string; label: string }[];
};

/**
 * A long list of checkboxes folded under its name (native <details>: keyboard and screen-reader
 * usable, no JavaScript), open when something in it is ticked. Styled by filters.module.css, and
 * each box inside its label: 33 of them on every listing, each byte counts twice (HTML, payload).
 */
function CheckboxGroup({ legend, name, options, selected }: { legend: string; name: string; options: ReferenceOption[]; selected: number[] }) {
  const chosen = new Set(selected);
  const count = options.filter((o) => chosen.has(o.id)).length;
  return (
    <details open={count > 0} className={styles.group}>
      <summary>
        <span>
          {legend}
          {count > 0 && (
            <span className={styles.count}>
              ({count} choisi{count > 1 ? "s" : ""})
            </span>
          )}
        </span>
        <ChevronDownIcon className="size-5" />
      </summary>
      <fieldset>
        <legend className="sr-only">{legend}</legend>
        {options.map((option) => (
          <label key={option.id} className={styles.check}>
            <input type="checkbox" name={name} value={option.id} defaultChecked={chosen.has(option.id)} />
            {option.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}

// Set by a search, read by the form of the page it leads to: on a phone, that page opens on its results.
let landOnResults = false;

/**
 * The form's submission with JavaScript: empty fields left out of the URL, the page changed without
 * a reload; on a phone, the page a search leads to opens on its results' heading.
 */
function useCleanSearch() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  useEffect(() => {
    if (!landOnResults) return;
    landOnResults = false;
    if (!window.matchMedia("(width < 48rem)").matches) return;
    const heading = document.getElementById("resultats-titre");
    heading?.scrollIntoView({ block: "start" });
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: true });
    }
  }, []);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value.trim() !== "") params.append(key, value.trim());
    }
    const query = params.toString();
    landOnResults = true;
    startTransition(() => router.push(query ? `/offres?${query}` : "/offres", { scroll: false }));
  };
  return { isPending, onSubmit };
}

/** How many filters are applied (the search words aside): « Filtrer (3) ». */
function activeFilterCount(f: CatalogueFilters): number {
  const period = f.month ? 1 : Number(!!f.from) + Number(!!f.to);
  return (
    f.themes.length +
    f.publics.length +
    f.fieldTypes.length +
    Number(!!f.region) +
    Number(!!f.department) +
    period +
    Number(f.housing) +
    Number(f.meals) +
    Number(!!f.minPlaces)
  );
}

/**
 * The catalogue's GET form, a client component so that its RSC payload is its data, not its markup.
 * It works as a plain form without JavaScript; with it, empty fields are left out of the URL (a
 * clean, shareable link) and the page changes without a reload, the count being announced by the
 * results' live region.
 */
export function FiltersForm({ filters, references, months }: FiltersFormProps) {
  const { isPending, onSubmit } = useCleanSearch();
  // On a phone the filters fold under « Filtrer (n) », so that the results come first (issue 16).
  const [open, setOpen] = useState(false);
  const count = activeFilterCount(filters);
  const active = (options: ReferenceOption[], selected: number[]) => options.filter((o) => o.isActive || selected.includes(o.id));
  const monthOptions = filters.month && !months.some((m) => m.value === filters.month) ? [{ value: filters.month, label: filters.month }, ...months] : months;
  return (
    <form action="/offres" method="get" role="search" aria-label="Rechercher une offre" aria-busy={isPending || undefined} onSubmit={onSubmit}>
      <TextField
        type="search"
        label="Rechercher"
        name="q"
        hint="Un ou plusieurs mots : thème, lieu, structure…"
        defaultValue={filters.q}
        maxLength={MAX_QUERY_LENGTH}
        autoComplete="off"
      />
      <div className={styles.phoneActions}>
        <button type="button" aria-expanded={open} aria-controls="filtres-panneau" onClick={() => setOpen(!open)}>
          Filtrer{count > 0 ? ` (${count})` : ""}
        </button>
        <button type="submit">Rechercher</button>
      </div>
      {/* Folded on phones once JavaScript runs; without it, <noscript> keeps the panel open. */}
      <noscript>
        <style>{"#filtres-panneau{display:block!important}"}</style>
      </noscript>
      <div id="filtres-panneau" className={open ? undefined : "max-md:hidden"}>
        <h2 className="mb-3 text-xl md:text-xl">Filtres</h2>
        <CheckboxGroup legend="Thématique" name="thematique" options={active(references.themes, filters.themes)} selected={filters.themes} />
        <CheckboxGroup legend="Public cible" name="public" options={active(references.publics, filters.publics)} selected={filters.publics} />
        <CheckboxGroup
          legend="Type de terrain d'action"
          name="terrain"
          options={active(references.fieldTypes, filters.fieldTypes)}
          selected={filters.fieldTypes}
        />

        <Fieldset label="Lieu" name="lieu" groupClassName="mt-6">
          <TerritorySelects region={filters.region} department={filters.department} />
        </Fieldset>

        <PeriodFilter
          values={filters}
          months={monthOptions}
          between={(dates) => (
            <>
              <p className="mb-2 text-sm text-grey-425">ou entre deux dates :</p>
              <div className="grid grid-cols-1 gap-x-4 sm:grid-cols-2 md:grid-cols-1 lg:grid-cols-2">{dates}</div>
            </>
          )}
        />

        <CareOptionsFilter values={filters} />

        <MinPlacesFilter values={filters} />

        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit">Rechercher</Button>
          <Link href="/offres">Réinitialiser les filtres</Link>
        </div>
      </div>
    </form>
  );
}
