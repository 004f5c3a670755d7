import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";
import type { NavItem } from "./main-nav";
import { SideNav, type SideNavSection } from "./side-nav";
import { SiteFooter } from "./site-footer";
import { SiteHeader, type HeaderUser } from "./site-header";

const PUBLIC_NAV: NavItem[] = [
  { href: "/", label: "Accueil" },
  { href: "/offres", label: "Offres de prévention" },
  { href: "/aide", label: "Aide" },
];

type PublicShellProps = {
  children: ReactNode;
  nav?: NavItem[];
  /** "container" centres the content with DSFR gutters; "full" lets the page draw full-width bands. */
  width?: "container" | "full";
};

/**
 * Frame of the public pages. It never reads the session, so these pages stay static; the
 * « Se connecter » link is shown to everyone.
 */
export function PublicShell({ children, nav = PUBLIC_NAV, width = "container" }: PublicShellProps) {
  return (
    <>
      <SiteHeader nav={nav} />
      <main id="contenu" tabIndex={-1} className={cx("flex-1", width === "container" && "fr-container py-8 md:py-12")}>
        {children}
      </main>
      <SiteFooter />
    </>
  );
}

type AppShellProps = {
  user: HeaderUser;
  nav: NavItem[];
  sideNav?: SideNavSection[];
  children: ReactNode;
};

/** Frame of the logged-in spaces (/espace, /admin): header with the user, optional side menu. */
export function AppShell({ user, nav, sideNav, children }: AppShellProps) {
  return (
    <>
      <SiteHeader user={user} nav={nav} sideNav={sideNav} />
      <div className="fr-container flex flex-1 flex-col gap-6 py-8 md:flex-row md:gap-8 md:py-10">
        {/* On phones the side menu is in the header's « Menu » panel: the page starts with its own content. */}
        {sideNav && sideNav.length > 0 && (
          <div className="hidden md:block md:w-64 md:shrink-0">
            <SideNav sections={sideNav} />
          </div>
        )}
        <main id="contenu" tabIndex={-1} className="min-w-0 flex-1">
          {children}
        </main>
      </div>
      <SiteFooter />
    </>
  );
}
