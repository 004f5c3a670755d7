"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useId } from "react";
import { cx } from "@/components/ui/cx";
import { findCurrentHref, type NavItem } from "./main-nav";

export type SideNavSection = { title?: string; items: NavItem[] };

/**
 * DSFR side menu of a logged-in space. Client-side only to read the path for aria-current. On
 * phones it lives inside the header's « Menu » panel (`inPanel`), not above every page's content.
 */
export function SideNav({ sections, inPanel = false }: { sections: SideNavSection[]; inPanel?: boolean }) {
  const pathname = usePathname();
  const baseId = useId();
  const current = findCurrentHref(
    pathname,
    sections.flatMap((section) => section.items.map((item) => item.href)),
  );

  return (
    <nav aria-label="Menu latéral" className={inPanel ? "fr-container border-t border-grey-900 py-4 md:hidden" : "md:border-r md:pr-6"}>
      {sections.map((section, index) => {
        // Section titles are not headings: they come before the page's h1 in the document.
        const titleId = `${baseId}-${index}`;
        return (
          <div key={section.title ?? index} className={cx(index > 0 && "mt-6")}>
            {section.title && (
              <p id={titleId} className="m-0 mb-2 text-xs font-bold tracking-wide text-grey-425 uppercase">
                {section.title}
              </p>
            )}
            <ul aria-labelledby={section.title ? titleId : undefined} className="m-0 list-none p-0">
              {section.items.map((item) => {
                const isCurrent = item.href === current;
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={isCurrent ? "page" : undefined}
                      className={cx(
                        "block py-2 pr-3 pl-4 text-sm no-underline hover:bg-grey-975",
                        isCurrent ? "font-bold text-blue-france shadow-[inset_2px_0_0_0_#000091]" : "text-grey-50",
                      )}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
