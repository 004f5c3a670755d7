import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "./cx";

export type PaginationProps = {
  /** Current page, from 1. */
  page: number;
  pageCount: number;
  /** URL of a page: filters live in the URL, so the caller keeps them in every link. */
  hrefFor: (page: number) => string;
  className?: string;
};

const linkClass =
  "inline-flex min-h-10 items-center gap-1 px-3 text-sm font-medium no-underline hover:bg-grey-975";

/**
 * « < Précédent » / « Suivant > » with « Page X sur Y ». At either end the link is kept in place
 * but disabled, as the DSFR does, so the layout does not jump between pages.
 */
export function Pagination({ page, pageCount, hrefFor, className }: PaginationProps) {
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, page), pageCount);
  return (
    <nav aria-label="Pagination" className={cx("my-6", className)}>
      <ul className="m-0 flex list-none flex-wrap items-center justify-center gap-2 p-0">
        <li>
          <PageLink href={current > 1 ? hrefFor(current - 1) : undefined} rel="prev">
            <span aria-hidden="true">&lt;</span> Précédent
          </PageLink>
        </li>
        <li className="px-2 text-sm text-grey-200">
          Page {current} sur {pageCount}
        </li>
        <li>
          <PageLink href={current < pageCount ? hrefFor(current + 1) : undefined} rel="next">
            Suivant <span aria-hidden="true">&gt;</span>
          </PageLink>
        </li>
      </ul>
    </nav>
  );
}

function PageLink({ href, rel, children }: { href?: string; rel: string; children: ReactNode }) {
  if (!href) {
    // A link without href and role="link" + aria-disabled: announced as an unavailable link.
    return (
      <a role="link" aria-disabled="true" className={cx(linkClass, "cursor-not-allowed text-grey-425 hover:bg-transparent")}>
        {children}
      </a>
    );
  }
  return (
    <Link href={href} rel={rel} className={cx(linkClass, "text-blue-france")}>
      {children}
    </Link>
  );
}
