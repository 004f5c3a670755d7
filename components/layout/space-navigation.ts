import { can, homeFor } from "@/lib/core/auth/permissions";
import type { SessionUser } from "@/lib/core/auth/session";
import type { NavItem } from "./main-nav";
import type { SideNavSection } from "./side-nav";
import type { HeaderUser } from "./site-header";

/** Menus of the logged-in spaces (docs/produit.md#espace-offreur, #pouvoirs-de-lars): each kind of user sees its own. */
export function spaceNavigation(user: SessionUser): {
  header: HeaderUser;
  nav: NavItem[];
  sideNav: SideNavSection[];
} {
  const header: HeaderUser = {
    displayName: user.displayName,
    profileHref: "/espace/profil",
    spaceHref: homeFor(user),
  };
  const nav: NavItem[] = [{ href: "/offres", label: "Offres de prévention" }];
  switch (user.kind) {
    case "REGIONAL_ADMIN":
      return {
        header,
        nav,
        sideNav: [
          {
            title: "Administration régionale",
            items: [
              { href: "/admin", label: "Tableau de bord" },
              { href: "/admin/demandes", label: "Demandes d'inscription" },
              { href: "/admin/structures", label: "Structures" },
              { href: "/admin/offres", label: "Offres" },
              { href: "/admin/offres/a-valider", label: "Offres à valider" },
              { href: "/admin/etablissements", label: "Établissements" },
              { href: "/admin/calendrier", label: "Calendrier" },
              { href: "/admin/referentiels", label: "Référentiels" },
              { href: "/admin/aide", label: "Aide et assistance" },
              { href: "/admin/courriels", label: "Courriels" },
              { href: "/admin/parametres", label: "Paramètres de la région" },
              { href: "/admin/procedures", label: "Aide" },
            ],
          },
        ],
      };
    case "INSTITUTION":
      return {
        header,
        nav,
        sideNav: [
          {
            items: [
              { href: "/espace/disponibilites", label: "Disponibilités" },
              { href: "/espace/calendrier", label: "Calendrier" },
              { href: "/espace/aide", label: "Aide" },
            ],
          },
        ],
      };
    case "OFFERER":
      return {
        header,
        nav,
        sideNav: [
          {
            items: [
              { href: "/espace", label: "Activité" },
              ...offererOffers(user),
              { href: "/espace/calendrier", label: "Calendrier" },
              { href: "/espace/aide", label: "Aide" },
            ],
          },
          ...offererAdministration(user),
        ],
      };
  }
}

/** « ADMINISTRATION » (docs/produit.md#espace-offreur, guide IDF): « Mon compte offreur » and « Utilisateurs », for ADMINs. */
function offererAdministration(user: SessionUser): SideNavSection[] {
  const items: NavItem[] = [];
  if (can(user, "structure.edit")) items.push({ href: "/espace/structure", label: "Mon compte offreur" });
  if (can(user, "users.manage")) items.push({ href: "/espace/utilisateurs", label: "Utilisateurs" });
  return items.length > 0 ? [{ title: "Administration", items }] : [];
}

/** « Offres » (docs/produit.md#espace-offreur): for whoever may see the structure's offers. */
function offererOffers(user: SessionUser): NavItem[] {
  return can(user, "offer.view") ? [{ href: "/espace/offres", label: "Offres" }] : [];
}
