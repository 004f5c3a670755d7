import type { Metadata } from "next";
import Link from "next/link";
import { PublicShell } from "@/components/layout/page-shell";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Conditions générales d'utilisation" };

/** Accepted at activation (docs/produit.md#inscription-dun-offreur: « CGU », the acceptance date is kept on the account). */
export default function TermsPage() {
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Conditions générales d'utilisation" }]} />
        <h1>Conditions générales d&apos;utilisation</h1>
        <p className="text-lg">
          Ces conditions s&apos;appliquent à toute personne qui utilise un compte sur la plateforme du service sanitaire des étudiants en santé. Les accepter
          est nécessaire pour activer son compte ; la date d&apos;acceptation est conservée.
        </p>

        <h2 className="mt-10">1. Objet de la plateforme</h2>
        <p>
          La plateforme permet aux structures d&apos;accueil (« offreurs ») de publier des offres d&apos;actions de prévention destinées aux étudiants en santé
          effectuant leur service sanitaire (articles D. 4071-1 et suivants du code de la santé publique), aux établissements de formation de déclarer les
          disponibilités de leurs étudiants, et aux agences régionales de santé (ARS) de modérer les structures et les contenus de leur région. Les informations
          y sont proposées à titre de service rendu au public.
        </p>

        <h2 className="mt-10">2. Création et activation du compte</h2>
        <p>
          Le compte d&apos;une structure est créé après validation de sa demande par l&apos;ARS de sa région. L&apos;ARS peut refuser une demande en indiquant
          son motif. Chaque compte est personnel et rattaché à une seule adresse email, qui sert d&apos;identifiant.
        </p>

        <h2 className="mt-10">3. Responsabilités de l&apos;utilisateur</h2>
        <ul className="mb-4 list-disc pl-6">
          <li>
            L&apos;administrateur d&apos;une structure est responsable des comptes utilisateurs qu&apos;il crée au titre de sa structure et des contenus publiés
            en son nom.
          </li>
          <li>Les informations saisies (structure, offres, contacts) doivent être exactes et tenues à jour.</li>
          <li>
            Les zones de saisie libre ne doivent contenir aucune donnée à caractère personnel autre que les coordonnées professionnelles des personnes à
            contacter, ni aucune donnée de santé.
          </li>
          <li>Les contenus publiés respectent la loi et l&apos;objet de la plateforme : aucun contenu publicitaire, politique ou injurieux.</li>
        </ul>

        <h2 className="mt-10">4. Sécurité du compte</h2>
        <p>
          Le mot de passe est personnel et ne doit pas être communiqué. Il n&apos;est jamais envoyé par email : en cas d&apos;oubli, utilisez « Mot de passe
          oublié ? » pour recevoir un lien à usage unique. Tout usage suspect de son compte doit être signalé sans délai à l&apos;ARS de sa région. Après
          plusieurs tentatives de connexion infructueuses, les tentatives suivantes sont ralenties.
        </p>

        <h2 className="mt-10">5. Modération, gel et suppression</h2>
        <p>
          L&apos;ARS peut modifier ou retirer un contenu contraire aux présentes conditions, geler le compte d&apos;une structure ou d&apos;un utilisateur (plus
          aucune connexion possible) et retirer ses offres du catalogue public. Un compte sans connexion pendant quinze mois est signalé comme inactif.
        </p>

        <h2 className="mt-10">6. Données personnelles</h2>
        <p>
          Les données des comptes sont traitées par les ARS pour la gestion de la plateforme. Les droits d&apos;accès, de rectification et d&apos;effacement
          s&apos;exercent comme l&apos;indique la page <Link href="/donnees-personnelles">Données personnelles</Link>.
        </p>

        <h2 className="mt-10">7. Disponibilité et évolution</h2>
        <p>
          La plateforme est accessible sans garantie de disponibilité continue. Ces conditions peuvent évoluer ; la version en vigueur est celle publiée sur
          cette page. Voir aussi les <Link href="/mentions-legales">mentions légales</Link>.
        </p>
      </div>
    </PublicShell>
  );
}
