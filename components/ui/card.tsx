import Link from "next/link";
import type { ReactNode } from "react";
import styles from "./card.module.css";
import { cx } from "./cx";

export type CardProps = {
  title: string;
  href: string;
  /** Level of the title in the page outline (3 under a « Résultats » h2). */
  headingLevel?: 2 | 3 | 4;
  description?: ReactNode;
  /** A line under the description: commune, dates, places. */
  detail?: ReactNode;
  /** Keywords above the title (thématiques); plain tags, since the whole card is one link. */
  tags?: string[];
  /** Badges above the title (« Nouveau », a state). */
  badges?: ReactNode;
  /** An image or logo at the top, decorative or with its own alt text. */
  media?: ReactNode;
  className?: string;
};

/**
 * DSFR card with an enlarged link: the title's link covers the whole card, so the card is
 * clickable while screen readers meet one link named by the title. Styled by card.module.css.
 */
export function Card({ title, href, headingLevel = 3, description, detail, tags, badges, media, className }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  // A list, so that screen readers announce how many.
  const tagList = tags && tags.length > 0 && (
    <ul className={styles.tags}>
      {tags.map((tag) => (
        <li key={tag}>
          <span>{tag}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <article className={cx(styles.card, className)}>
      {media && <div className={styles.media}>{media}</div>}
      {badges ? (
        <div className={styles.top}>
          {badges}
          {tagList}
        </div>
      ) : (
        tagList
      )}
      <Heading className={styles.title}>
        <Link href={href}>{title}</Link>
      </Heading>
      {description && <div className={styles.description}>{description}</div>}
      {detail && <div className={styles.detail}>{detail}</div>}
    </article>
  );
}
