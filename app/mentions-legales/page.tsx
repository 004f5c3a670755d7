import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/layout/page-shell";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Mentions légales" };

// The publishing ARS must confirm the mailbox and the host before going live (LCEN art. 6 III
// requires the host's name, address and telephone number).
const CONTACT_EMAIL = "ars-sses-plateforme@ars.sante.fr";
const HOST = { name: "OVH SAS", address: "2 rue Kellermann, 59100 Roubaix", phone: "1007" };

export default function LegalNoticePage() {
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Mentions légales" }]} />
        <h1>Mentions légales</h1>

        <h2 className="mt-10">Éditeurs</h2>
        <p>La plateforme du service sanitaire des étudiants en santé est éditée conjointement, chacune pour sa région, par :</p>
        <ul className="mb-4 list-disc pl-6">
          <li>l&apos;Agence régionale de santé Île-de-France, Immeuble « Le Curve », 13 rue du Landy, 93200 Saint-Denis ;</li>
          <li>l&apos;Agence régionale de santé Grand Est, 3 boulevard Joffre, CS 80071, 54036 Nancy Cedex.</li>
        </ul>
        <p>
          Les agences régionales de santé sont des établissements publics de l&apos;État à caractère administratif (article L. 1431-1 du code de la santé
          publique).
        </p>

        <h2 className="mt-10">Directeur de la publication</h2>
        <p>Les directeurs généraux des agences régionales de santé Île-de-France et Grand Est, chacun pour les contenus de sa région.</p>
        <p>
          Les offres sont rédigées et publiées sous la responsabilité des structures d&apos;accueil qui les proposent, après validation par leurs valideurs
          d&apos;offres.
        </p>

        <h2 className="mt-10">Contact</h2>
        <p>
          Pour toute question sur la plateforme : <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>.
        </p>

        <h2 className="mt-10">Hébergement</h2>
        <p>
          La plateforme est hébergée en France par {HOST.name}, {HOST.address} (téléphone : {HOST.phone}).
        </p>

        <h2 className="mt-10">Accessibilité</h2>
        <p>
          La conformité de la plateforme au référentiel général d&apos;amélioration de l&apos;accessibilité (RGAA) est décrite dans la{" "}
          <Link href="/accessibilite">déclaration d&apos;accessibilité</Link>.
        </p>

        <h2 className="mt-10">Données personnelles et cookies</h2>
        <p>
          Le traitement des données personnelles et l&apos;unique cookie de session sont décrits sur la page{" "}
          <Link href="/donnees-personnelles">Données personnelles</Link>.
        </p>

        <h2 className="mt-10">Propriété intellectuelle et réutilisation</h2>
        <p>
          Sauf mention contraire, les contenus de la plateforme sont proposés sous{" "}
          <a href="https://github.com/etalab/licence-ouverte/blob/master/LO.md" target="_blank" rel="noopener">
            licence ouverte etalab-2.0<span className="sr-only"> – nouvelle fenêtre</span>
          </a>
          . Les logos et documents déposés par les structures d&apos;accueil restent leur propriété. La marque de l&apos;État (bloc-marque « République
          Française ») ne peut être reproduite sans autorisation du Service d&apos;information du Gouvernement.
        </p>

        <h2 className="mt-10">Liens vers la plateforme</h2>
        <p>
          Tout site public ou privé peut établir un lien vers les pages de la plateforme sans autorisation préalable. Les pages ne doivent pas être imbriquées
          dans celles d&apos;un autre site.
        </p>
      </div>
    </PublicShell>
  );
}
