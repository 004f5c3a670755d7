import Link from "next/link";
import type { ReactNode } from "react";
import { cx } from "./cx";
import { ArrowRightIcon } from "./icons";
import { Tag, TagList } from "./tag";

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
 * clickable while screen readers meet one link named by the title.
 */
export function Card({ title, href, headingLevel = 3, description, detail, tags, badges, media, className }: CardProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article
      className={cx(
        "relative flex h-full flex-col border border-grey-900 bg-white shadow-[inset_0_-4px_0_0_#000091] hover:bg-grey-975",
        "has-[a:focus-visible]:outline-2 has-[a:focus-visible]:outline-offset-2 has-[a:focus-visible]:outline-focus",
        className,
      )}
    >
      {media && <div className="border-b border-grey-900">{media}</div>}
      <div className="flex flex-1 flex-col px-6 pt-6 pb-8">
        {(badges || (tags && tags.length > 0)) && (
          <div className="mb-3 flex flex-wrap items-center gap-2">
            {badges}
            {tags && tags.length > 0 && (
              <TagList>
                {tags.map((tag) => (
                  <Tag key={tag} size="sm">
                    {tag}
                  </Tag>
                ))}
              </TagList>
            )}
          </div>
        )}
        <Heading className="m-0 text-lg leading-7 font-bold md:text-xl md:leading-8">
          <Link
            href={href}
            className="text-grey-50 no-underline after:absolute after:inset-0 after:content-[''] focus-visible:outline-none"
          >
            {title}
          </Link>
        </Heading>
        {description && <div className="mt-3 line-clamp-4 text-sm text-grey-200">{description}</div>}
        {detail && <div className="mt-auto pt-4 text-xs text-grey-425">{detail}</div>}
        <ArrowRightIcon className="mt-4 size-5 self-end text-blue-france" />
      </div>
    </article>
  );
}
