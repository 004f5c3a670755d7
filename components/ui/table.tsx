import { useId, type ComponentPropsWithoutRef, type ReactNode } from "react";
import { cx } from "./cx";
import styles from "./table.module.css";

export type TableProps = Omit<ComponentPropsWithoutRef<"table">, "children"> & {
  /** Every data table has a caption (RGAA 5.4); hide it visually when a heading already says it. */
  caption: ReactNode;
  captionHidden?: boolean;
  /** Below 768 px, each row a card whose cells are named by their `data-label` (issue 16: no sideways scrolling on a phone). */
  cards?: boolean;
  children: ReactNode;
};

// Styles reach plain <thead>/<th>/<td> too, so pages can write native table markup inside.
const CELLS = cx(
  "w-full border-collapse text-left text-sm",
  "[&_thead]:bg-grey-950 [&_thead]:shadow-[inset_0_-2px_0_0_#3a3a3a]",
  "[&_th]:px-4 [&_th]:py-3 [&_th]:align-bottom [&_th]:font-bold [&_th]:text-grey-50",
  "[&_tbody_th]:align-top [&_tbody_tr:nth-child(even)]:bg-grey-975",
  "[&_td]:border-b [&_td]:border-grey-900 [&_td]:px-4 [&_td]:py-3 [&_td]:align-top [&_td]:text-grey-200",
);

/**
 * DSFR data table. Wide tables scroll sideways inside a focusable region, so that keyboard users
 * can scroll them too (axe: scrollable-region-focusable) at 360 px.
 */
export function Table({ caption, captionHidden, cards, className, children, ...props }: TableProps) {
  const captionId = useId();
  return (
    <div role="region" aria-labelledby={captionId} tabIndex={0} className="relative mb-6 max-w-full overflow-x-auto">
      <table className={cx(CELLS, cards && styles.cards, className)} {...props}>
        <caption id={captionId} className={cx(captionHidden ? "sr-only" : "pb-4 text-left text-xl font-bold text-grey-50")}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

/** Header cell; `scope` defaults to "col", use "row" for the first cell of a row (RGAA 5.7). */
export function Th({ scope = "col", ...props }: ComponentPropsWithoutRef<"th">) {
  return <th scope={scope} {...props} />;
}

export function Td(props: ComponentPropsWithoutRef<"td">) {
  return <td {...props} />;
}
