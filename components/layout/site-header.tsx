"use client";

// A client component although it has no state: the header is in every page's RSC payload up to
// three times (the page, not-found.tsx, forbidden.tsx); as a client reference it is sent as its
// props, its markup living once in the cached JavaScript.
import Link from "next/link";
import type { ReactNode } from "react";
import { logoutAction } from "@/lib/core/auth/actions";
import { cx } from "@/components/ui/cx";
import { ArrowRightIcon, LockIcon, LogoutIcon, UserIcon } from "@/components/ui/icons";
import { BlocMarque } from "./bloc-marque";
import { MainNav, type NavItem } from "./main-nav";
import { SideNav, type SideNavSection } from "./side-nav";
import styles from "./site-header.module.css";

export type HeaderUser = { displayName: string; profileHref?: string; spaceHref: string };

type SiteHeaderProps = { user?: HeaderUser; nav?: NavItem[]; sideNav?: SideNavSection[] };

const SERVICE_NAME = "Service sanitaire des étudiants en santé";
const TAGLINE = "Offres d'actions de prévention pour les étudiants en santé";

/** The DSFR header: bloc-marque, service name, quick links, then the main navigation bar. */
export function SiteHeader({ user, nav = [], sideNav }: SiteHeaderProps) {
  return (
    <header role="banner" className="relative bg-white shadow-raised">
      <div className="fr-container">
        {/* Room on the right for the absolutely placed « Menu » button below lg. */}
        <div className="flex items-center gap-6 py-4 pr-24 lg:pr-0">
          <div className="flex flex-col gap-x-8 gap-y-3 md:flex-row md:items-center">
            <BlocMarque />
            <div>
              <p className="m-0 text-lg leading-7 font-bold md:text-xl">
                <Link href="/" className="text-grey-50 no-underline hover:underline">
                  {SERVICE_NAME}
                  <span className="sr-only"> – Retour à l&apos;accueil</span>
                </Link>
              </p>
              <p className="m-0 text-sm text-grey-200">{TAGLINE}</p>
            </div>
          </div>
          <div className="ml-auto hidden lg:block">
            <QuickLinks user={user} layout="row" />
          </div>
        </div>
      </div>
      <MainNav
        items={nav}
        tools={
          <>
            <div className="fr-container border-t border-grey-900 py-4 lg:hidden">
              <QuickLinks user={user} layout="column" />
            </div>
            {sideNav && sideNav.length > 0 && <SideNav sections={sideNav} inPanel />}
          </>
        }
      />
    </header>
  );
}

const quickLinkClass = styles.quickLink;

/**
 * Header quick links. Rendered twice (inline on desktop, inside the menu panel on phones); the
 * hidden copy is display:none, so assistive technologies meet only one.
 */
function QuickLinks({ user, layout }: { user?: HeaderUser; layout: "row" | "column" }) {
  const items: ReactNode[] = user
    ? [
        <Link key="space" href={user.spaceHref} className={quickLinkClass}>
          <ArrowRightIcon />
          Mon espace
        </Link>,
        user.profileHref ? (
          <Link key="profile" href={user.profileHref} className={quickLinkClass}>
            <UserIcon />
            {user.displayName}
            <span className="sr-only"> – Mon profil</span>
          </Link>
        ) : (
          <span key="profile" className={quickLinkClass} data-static="">
            <UserIcon />
            {user.displayName}
          </span>
        ),
        <form key="logout" action={logoutAction}>
          <button type="submit" className={quickLinkClass}>
            <LogoutIcon />
            Se déconnecter
          </button>
        </form>,
      ]
    : [
        <Link key="offers" href="/offres" className={quickLinkClass}>
          <ArrowRightIcon />
          Consulter les offres
        </Link>,
        <Link key="signup" href="/inscription" className={quickLinkClass}>
          <ArrowRightIcon />
          Devenir structure d&apos;accueil
        </Link>,
        <Link key="login" href="/connexion" className={quickLinkClass}>
          <LockIcon />
          Se connecter
        </Link>,
      ];

  return (
    <ul className={cx("m-0 flex list-none p-0", layout === "row" ? "flex-row flex-wrap justify-end gap-1" : "flex-col items-start gap-1")}>
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
