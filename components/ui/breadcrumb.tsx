import Link from "next/link";
import { cx } from "./cx";
import { ChevronRightIcon } from "./icons";

export type BreadcrumbItem = { label: string; href?: string };

/**
 * DSFR breadcrumb (« fil d'Ariane »). The last item is the current page and is not a link.
 * It wraps on phones rather than hiding behind a button: it is short on this platform.
 */
export function Breadcrumb({ items, className }: { items: BreadcrumbItem[]; className?: string }) {
  return (
    <nav aria-label="Vous êtes ici :" className={cx("mb-8 text-xs", className)}>
      <ol className="m-0 flex list-none flex-wrap items-center gap-y-1 p-0">
        {items.map((item, index) => {
          const isLast = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} className="inline-flex items-center">
              {index > 0 && <ChevronRightIcon className="mx-1 size-4 text-grey-425" />}
              {isLast || !item.href ? (
                <span aria-current={isLast ? "page" : undefined} className="text-grey-200">
                  {item.label}
                </span>
              ) : (
                <Link href={item.href} className="text-grey-425 hover:text-grey-50">
                  {item.label}
                </Link>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
