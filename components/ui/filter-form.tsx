import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "./button";

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
