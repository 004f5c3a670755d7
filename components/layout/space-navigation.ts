import { homeFor } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { NavItem } from "./main-nav";
import type { SideNavSection } from "./side-nav";
import type { HeaderUser } from "./site-header";

/** Menus of the logged-in spaces (SPEC §4, §8): each kind of user sees its own. */
export function spaceNavigation(user: SessionUser): { header: HeaderUser; nav: NavItem[]; sideNav: SideNavSection[] } {
  const header: HeaderUser = { displayName: user.displayName, spaceHref: homeFor(user) };
  const nav: NavItem[] = [{ href: "/offres", label: "Offres publiées" }];
  switch (user.kind) {
    case "REGIONAL_ADMIN":
      return { header, nav, sideNav: [{ title: "Administration régionale", items: [{ href: "/admin", label: "Tableau de bord" }, { href: "/admin/courriels", label: "Courriels" }, { href: "/admin/etablissements", label: "Établissements" }, { href: "/admin/calendrier", label: "Calendrier" }] }] };
    case "INSTITUTION":
      return { header, nav, sideNav: [{ items: [{ href: "/espace/disponibilites", label: "Disponibilités" }, { href: "/espace/calendrier", label: "Calendrier" }] }] };
    case "OFFERER":
      return { header, nav, sideNav: [{ items: [{ href: "/espace", label: "Activité" }, { href: "/espace/calendrier", label: "Calendrier" }] }] };
  }
}
