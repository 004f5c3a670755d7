"use client";

// A client component although it has no state: see site-header.tsx (the payload carries a
// reference instead of the footer's markup, three times per page).
import Link from "next/link";
import type { ReactNode } from "react";
import { ExternalLinkIcon } from "@/components/ui/icons";
import { BlocMarque } from "./bloc-marque";

// The four State websites every DSFR footer links to.
const STATE_SITES = [
  { href: "https://www.legifrance.gouv.fr", label: "legifrance.gouv.fr" },
  { href: "https://www.info.gouv.fr", label: "info.gouv.fr" },
  { href: "https://www.service-public.fr", label: "service-public.fr" },
  { href: "https://www.data.gouv.fr", label: "data.gouv.fr" },
];

const LEGAL_LINKS = [
  // The accessibility mention is compulsory on every page (loi n° 2005-102, art. 47; RGAA 4.1).
  { href: "/accessibilite", label: "Accessibilité : partiellement conforme" },
  { href: "/mentions-legales", label: "Mentions légales" },
  { href: "/donnees-personnelles", label: "Données personnelles" },
  { href: "/aide", label: "Aide et assistance" },
];

function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a href={href} target="_blank" rel="noopener" className="inline-flex items-center gap-1">
      {children}
      <span className="sr-only"> – nouvelle fenêtre</span>
      <ExternalLinkIcon className="size-3.5" />
    </a>
  );
}

/** The DSFR footer: bloc-marque, what the platform is, State websites, legal links, licence. */
export function SiteFooter() {
  return (
    <footer role="contentinfo" className="mt-auto border-t-2 border-blue-france bg-white pt-8">
      <div className="fr-container">
        <div className="flex flex-col gap-6 pb-8 md:flex-row md:items-start md:justify-between md:gap-12">
          <Link href="/" className="shrink-0 self-start no-underline">
            <BlocMarque size="lg" />
            <span className="sr-only">Retour à l&apos;accueil du service sanitaire des étudiants en santé</span>
          </Link>
          <div className="md:max-w-[36rem]">
            <p className="m-0 text-sm text-grey-200">
              Cette plateforme permet aux structures d&apos;accueil de publier leurs offres d&apos;actions de prévention du service sanitaire des étudiants en
              santé, et aux établissements de formation de partager les périodes de disponibilité de leurs étudiants. Elle est éditée par les agences régionales
              de santé Île-de-France et Grand Est.
            </p>
            <ul className="m-0 mt-4 flex list-none flex-wrap gap-x-6 gap-y-2 p-0 text-sm font-bold">
              {STATE_SITES.map((site) => (
                <li key={site.href}>
                  <ExternalLink href={site.href}>{site.label}</ExternalLink>
                </li>
              ))}
            </ul>
          </div>
        </div>
        <div className="border-t border-grey-900 py-4">
          <ul className="m-0 flex list-none flex-wrap gap-y-1 p-0 text-xs">
            {LEGAL_LINKS.map((link) => (
              <li key={link.href} className="pr-3 not-last:mr-3 not-last:shadow-[inset_-1px_0_0_0_#dddddd]">
                <Link href={link.href} className="text-grey-425 hover:text-grey-50">
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
          <p className="m-0 mt-4 text-xs text-grey-425">
            Sauf mention explicite de propriété intellectuelle détenue par des tiers, les contenus de ce site sont proposés sous{" "}
            <ExternalLink href="https://github.com/etalab/licence-ouverte/blob/master/LO.md">licence etalab-2.0</ExternalLink>
          </p>
        </div>
      </div>
    </footer>
  );
}
