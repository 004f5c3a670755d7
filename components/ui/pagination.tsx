import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "./cx";
import styles from "./pagination.module.css";

export type PaginationProps = {
  /** Current page, from 1. */
  page: number;
  pageCount: number;
  /** URL of a page: filters live in the URL, so the caller keeps them in every link. */
  hrefFor: (page: number) => string;
  className?: string;
};

/**
 * « < Précédent » / « Suivant > » with « Page X sur Y ». At either end the link is kept in place
 * but disabled, as the DSFR does, so the layout does not jump between pages.
 */
export function Pagination({ page, pageCount, hrefFor, className }: PaginationProps) {
  if (pageCount <= 1) return null;
  const current = Math.min(Math.max(1, page), pageCount);
  return (
    <nav aria-label="Pagination" className={cx(styles.pagination, className)}>
      <ul>
        <li>
          <PageLink href={current > 1 ? hrefFor(current - 1) : undefined} rel="prev">
            <span aria-hidden="true">&lt;</span> Précédent
          </PageLink>
        </li>
        <li className={styles.status}>
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
      <a role="link" aria-disabled="true">
        {children}
      </a>
    );
  }
  return (
    <Link href={href} rel={rel}>
      {children}
    </Link>
  );
}
