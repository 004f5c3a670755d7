import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";
import { Select, TextField, type SelectOption } from "./field";

type FilterFormProps = {
  /** The list's own URL: filters live in its query string, so a filtered list can be bookmarked and paged. */
  action: string;
  /** Accessible name of the search landmark, e.g. « Filtrer les courriels ». */
  label: string;
  /** Whether a filter is set: then « Effacer les filtres » goes back to the whole list. */
  active: boolean;
  children: ReactNode;
};

/** The filters above a list: a plain GET form (works without JavaScript), « Filtrer » and « Effacer les filtres ». */
export function FilterForm({ action, label, active, children }: FilterFormProps) {
  return (
    <form method="get" action={action} role="search" aria-label={label} className="mb-8 flex flex-wrap items-end gap-4">
      {children}
      <Button type="submit">Filtrer</Button>
      {active && (
        <Link href={action} className="min-h-10 py-2 text-blue-france">
          Effacer les filtres
        </Link>
      )}
    </form>
  );
}

type FilterFieldProps = {
  label: string;
  /** The query-string parameter (French: it shows in the URL). */
  name: string;
  /** The value the URL holds now; none: empty. */
  value?: string | null;
  hint?: string;
  /** A Tailwind width (« w-64 »): the filters sit side by side. */
  width: string;
};

/** A free-text filter of a FilterForm. */
export function FilterSearch({ label, name, value, hint, width }: FilterFieldProps) {
  return <TextField label={label} name={name} type="search" defaultValue={value ?? ""} hint={hint} groupClassName={`mb-0 ${width}`} />;
}

/** A list filter of a FilterForm; `placeholder` is its « all » choice (« Tous les états »). */
export function FilterSelect({ label, name, value, hint, width, placeholder, options }: FilterFieldProps & { placeholder: string; options: SelectOption[] }) {
  return (
    <Select label={label} name={name} defaultValue={value ?? ""} hint={hint} placeholder={placeholder} options={options} groupClassName={`mb-0 ${width}`} />
  );
}
