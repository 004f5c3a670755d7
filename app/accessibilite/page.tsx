import type { Metadata } from "next";
import { PublicShell } from "@/components/layout/page-shell";
import { Breadcrumb } from "@/components/ui/breadcrumb";

export const metadata: Metadata = { title: "Déclaration d'accessibilité" };

// The publishing ARS must confirm this mailbox before going live; it is the one on every legal page.
const CONTACT_EMAIL = "ars-sses-plateforme@ars.sante.fr";
const STATEMENT_DATE = "23 novembre 2026";

export default function AccessibilityPage() {
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Déclaration d'accessibilité" }]} />
        <h1>Déclaration d&apos;accessibilité</h1>
        <p>
          Les agences régionales de santé (ARS) Île-de-France et Grand Est s&apos;engagent à rendre leurs services numériques accessibles, conformément à
          l&apos;article 47 de la loi n° 2005-102 du 11 février 2005.
        </p>
        <p>Cette déclaration d&apos;accessibilité s&apos;applique à la plateforme du service sanitaire des étudiants en santé.</p>

        <h2 className="mt-10">État de conformité</h2>
        <p>
          La plateforme du service sanitaire des étudiants en santé est <strong>partiellement conforme</strong> avec le référentiel général d&apos;amélioration
          de l&apos;accessibilité (RGAA), version 4.1, en raison des non-conformités énumérées ci-dessous.
        </p>

        <h2 className="mt-10">Résultats des tests</h2>
        <p>
          Chaque version de la plateforme est vérifiée par des tests automatisés (axe-core, critères WCAG 2.1 niveaux A et AA) sur toutes les pages parcourues,
          complétés par des vérifications manuelles au clavier. Un audit complet selon la méthode du RGAA, confié à un prestataire indépendant, est prévu ; son
          taux de conformité sera publié ici.
        </p>

        <h2 className="mt-10">Contenus non accessibles</h2>
        <h3 className="mt-6">Non-conformités</h3>
        <ul className="list-disc pl-6">
          <li>
            Le calendrier des disponibilités des étudiants est un tableau de grande taille dont la lecture avec un lecteur d&apos;écran reste laborieuse ; les
            mêmes informations peuvent être téléchargées aux formats CSV et iCalendar.
          </li>
          <li>
            Les fiches PDF des offres ne sont pas balisées pour les technologies d&apos;assistance ; toutes leurs informations sont présentes sur la page de
            l&apos;offre.
          </li>
        </ul>
        <h3 className="mt-6">Contenus non soumis à l&apos;obligation d&apos;accessibilité</h3>
        <ul className="list-disc pl-6">
          <li>Les documents joints aux offres par les structures d&apos;accueil (documents utiles, logos), produits par des tiers.</li>
        </ul>

        <h2 className="mt-10">Établissement de cette déclaration</h2>
        <p>Cette déclaration a été établie le {STATEMENT_DATE}.</p>
        <h3 className="mt-6">Technologies utilisées</h3>
        <ul className="list-disc pl-6">
          <li>HTML5</li>
          <li>CSS</li>
          <li>JavaScript</li>
          <li>WAI-ARIA</li>
        </ul>
        <h3 className="mt-6">Pages ayant fait l&apos;objet de la vérification</h3>
        <ul className="list-disc pl-6">
          <li>Accueil, liste des offres, fiche d&apos;une offre</li>
          <li>Connexion, création d&apos;un compte offreur, mot de passe oublié</li>
          <li>Espace offreur : activité, offres, création d&apos;une offre, utilisateurs, profil</li>
          <li>Espace régional : demandes d&apos;inscription, calendrier</li>
          <li>Déclaration d&apos;accessibilité, mentions légales, données personnelles</li>
        </ul>

        <h2 className="mt-10">Retour d&apos;information et contact</h2>
        <p>
          Si vous n&apos;arrivez pas à accéder à un contenu ou à un service, vous pouvez contacter le responsable de la plateforme pour être orienté vers une
          alternative accessible ou obtenir le contenu sous une autre forme : <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>. Nous nous engageons à
          vous répondre sous quinze jours ouvrés.
        </p>

        <h2 className="mt-10">Voies de recours</h2>
        <p>
          Si vous avez signalé au responsable de la plateforme un défaut d&apos;accessibilité qui vous empêche d&apos;accéder à un contenu ou à un service et
          que vous n&apos;avez pas obtenu de réponse satisfaisante, vous pouvez :
        </p>
        <ul className="list-disc pl-6">
          <li>
            écrire un message au{" "}
            <a href="https://formulaire.defenseurdesdroits.fr/" target="_blank" rel="noopener">
              Défenseur des droits<span className="sr-only"> – nouvelle fenêtre</span>
            </a>{" "}
            ;
          </li>
          <li>
            contacter{" "}
            <a href="https://www.defenseurdesdroits.fr/carte-des-delegues" target="_blank" rel="noopener">
              le délégué du Défenseur des droits dans votre région
              <span className="sr-only"> – nouvelle fenêtre</span>
            </a>{" "}
            ;
          </li>
          <li>envoyer un courrier par la poste (gratuit, ne pas mettre de timbre) : Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.</li>
        </ul>
      </div>
    </PublicShell>
  );
}
