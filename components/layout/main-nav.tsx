"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState, type ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import { MenuIcon } from "@/components/ui/icons";

export type NavItem = { href: string; label: string };

const pathOf = (href: string) => href.split(/[?#]/)[0] || "/";

/**
 * The item that matches the current path best: the longest href that is the path or one of its
 * parents, so that « Activité » (/espace) is not also current on /espace/offres. A menu's root (an
 * item the others live under: /espace, /admin) is current on itself only, so that a page outside
 * the menu (« Mon profil ») lights nothing rather than « Activité ».
 */
export function findCurrentHref(pathname: string, hrefs: string[]): string | undefined {
  const paths = hrefs.map(pathOf);
  let best: string | undefined;
  for (const href of hrefs) {
    const path = pathOf(href);
    const isRoot = path === "/" || paths.some((other) => other.startsWith(`${path}/`));
    const matches = pathname === path || (!isRoot && pathname.startsWith(`${path}/`));
    if (matches && (!best || path.length > pathOf(best).length)) best = href;
  }
  return best;
}

/**
 * Main navigation bar. Below lg it collapses behind a « Menu » disclosure button that also holds
 * the header's quick links (`tools`), as the DSFR header does on phones.
 */
export function MainNav({ items, tools }: { items: NavItem[]; tools: ReactNode }) {
  const pathname = usePathname();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // Remember on which path the menu was opened: navigating closes it without an effect.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const current = findCurrentHref(
    pathname,
    items.map((item) => item.href),
  );

  useEffect(() => {
    if (!isOpen) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      buttonRef.current?.focus();
    }
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [isOpen]);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpenOn(isOpen ? null : pathname)}
        className="absolute top-4 right-4 inline-flex min-h-10 cursor-pointer items-center gap-2 px-3 text-sm font-medium text-blue-france inset-ring inset-ring-grey-900 hover:bg-grey-975 lg:hidden"
      >
        <MenuIcon />
        Menu
      </button>
      <div id={panelId} className={cx(isOpen ? "block" : "hidden", "lg:block")}>
        {tools}
        {items.length > 0 && (
          <nav aria-label="Menu principal" className="border-t border-grey-900">
            <ul className="fr-container flex flex-col lg:flex-row">
              {items.map((item) => {
                const isCurrent = item.href === current;
                return (
                  <li key={item.href} className="border-b border-grey-900 last:border-b-0 lg:border-b-0">
                    <Link
                      href={item.href}
                      aria-current={isCurrent ? "page" : undefined}
                      className={cx(
                        "block px-0 py-3 text-sm no-underline hover:bg-grey-975 lg:px-4 lg:py-4",
                        isCurrent
                          ? "font-bold text-blue-france shadow-[inset_2px_0_0_0_#000091] max-lg:pl-3 lg:shadow-[inset_0_-2px_0_0_#000091]"
                          : "text-grey-50",
                      )}
                    >
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        )}
      </div>
    </>
  );
}
