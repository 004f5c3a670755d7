import Link from "next/link";
import { Children, type ReactNode } from "react";
import { cx } from "./cx";

type TagProps = { children: ReactNode; href?: string; size?: "sm" | "md"; className?: string };

const tagClass = (size: "sm" | "md", className?: string) =>
  cx(
    "inline-flex items-center rounded-full bg-blue-france-925 text-blue-france no-underline",
    size === "sm" ? "min-h-6 px-2 text-xs" : "min-h-8 px-3 text-sm",
    className,
  );

/** DSFR tag: a keyword (thématique, public cible); a link when `href` is given (a filter). */
export function Tag({ children, href, size = "md", className }: TagProps) {
  if (href) {
    return (
      <Link href={href} className={tagClass(size, cx("hover:bg-blue-france-850", className))}>
        {children}
      </Link>
    );
  }
  return <span className={tagClass(size, className)}>{children}</span>;
}

/** Tags as a list (each child in its own <li>), so that screen readers announce how many. */
export function TagList({ children, className, label }: { children: ReactNode; className?: string; label?: string }) {
  return (
    <ul aria-label={label} className={cx("m-0 flex list-none flex-wrap gap-2 p-0", className)}>
      {Children.toArray(children).map((child, index) => (
        <li key={index}>{child}</li>
      ))}
    </ul>
  );
}
