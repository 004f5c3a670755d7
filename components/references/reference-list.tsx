import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { Table } from "@/components/ui/table";
import type { ReferenceKind } from "@/db/schema/enums";
import type { ReferenceItemRow } from "@/lib/references/queries";
import { REFERENCE_KIND_TEXT, REFERENCE_KINDS } from "@/lib/references/schemas";
import { ItemActions } from "./item-actions";

/** The lists as tabs made of links (`?liste=…`), so that a list can be bookmarked and reloaded. */
export function ReferenceTabs({ current }: { current: ReferenceKind }) {
  return (
    <nav aria-label="Listes de référence" className="mb-8">
      <ul className="m-0 flex list-none flex-wrap gap-2 border-b border-grey-900 p-0">
        {REFERENCE_KINDS.map((kind) => {
          const isCurrent = kind === current;
          return (
            <li key={kind}>
              <Link
                href={`/admin/referentiels?liste=${REFERENCE_KIND_TEXT[kind].slug}`}
                aria-current={isCurrent ? "page" : undefined}
                className={cx(
                  "inline-block px-4 py-2 font-medium no-underline",
                  isCurrent
                    ? "bg-white text-blue-france shadow-[inset_0_2px_0_0_#000091] inset-ring inset-ring-grey-900"
                    : "bg-blue-france-925 text-grey-50 hover:bg-grey-950",
                )}
              >
                {REFERENCE_KIND_TEXT[kind].title}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

function usageText(kind: ReferenceKind, usage: number): string {
  const [one, many] = REFERENCE_KIND_TEXT[kind].usage;
  return usage === 0 ? "Inutilisé" : `${usage.toLocaleString("fr-FR")} ${usage > 1 ? many : one}`;
}

/** One list in its order, with its state, how much it is used, and the row actions. */
export function ReferenceItemsTable({ kind, items }: { kind: ReferenceKind; items: ReferenceItemRow[] }) {
  const text = REFERENCE_KIND_TEXT[kind];
  return (
    <Table caption={`${text.title} : ${items.length} élément${items.length > 1 ? "s" : ""}, dans l'ordre des formulaires`}>
      <thead>
        <tr>
          <th scope="col">Ordre</th>
          <th scope="col">Intitulé</th>
          <th scope="col">État</th>
          <th scope="col">Utilisé par (toutes régions)</th>
          <th scope="col">Actions</th>
        </tr>
      </thead>
      <tbody>
        {items.map((item, index) => (
          <tr key={item.id}>
            <td>{index + 1}</td>
            <th scope="row" className="font-normal">
              {item.label}
            </th>
            <td>{item.isActive ? <Badge tone="success">Actif</Badge> : <Badge tone="neutral">Désactivé</Badge>}</td>
            <td>{usageText(kind, item.usage)}</td>
            <td>
              <ItemActions item={item} isFirst={index === 0} isLast={index === items.length - 1} usedIn={text.usedIn} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
