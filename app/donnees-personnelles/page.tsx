import type { Metadata } from "next";
import { PublicShell } from "@/components/layout/page-shell";
import { Breadcrumb } from "@/components/ui/breadcrumb";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Données personnelles" };

// Mailboxes of the two ARS data protection officers: to confirm with each ARS before going live.
const DPO_EMAILS = [
  { region: "Île-de-France", email: "ars-idf-dpd@ars.sante.fr" },
  { region: "Grand Est", email: "ars-grandest-dpd@ars.sante.fr" },
];

// Retention periods proposed to the ARS; account inactivity at 15 months comes from docs/produit.md#comptes-et-securite.
const DATA_KEPT = [
  {
    category: "Comptes des utilisateurs",
    data: "Nom, prénom, fonction, adresse email et téléphone professionnels, permissions, date d'acceptation des CGU, date de dernière connexion",
    retention: "Tant que le compte est utilisé ; un compte sans connexion depuis 15 mois devient inactif et est supprimé trois ans après la dernière connexion",
  },
  {
    category: "Structures d'accueil et établissements",
    data: "Raison sociale, SIREN, adresse, logo, description, coordonnées de contact",
    retention: "Tant que la structure ou l'établissement est inscrit sur la plateforme",
  },
  {
    category: "Offres",
    data: "Contenu de l'offre, référent de l'offre et référent de proximité (nom, fonction, téléphone, adresse email), adresse pour candidater, historique des changements d'état",
    retention: "Cinq ans après la fin de la dernière période de publication",
  },
  {
    category: "Sécurité",
    data: "Adresse IP et date des tentatives de connexion",
    retention: "Un an",
  },
  {
    category: "Demandes d'assistance et courriels envoyés",
    data: "Identité, objet, message, pièces jointes ; destinataire et contenu des courriels",
    retention: "Deux ans",
  },
];

export default function PersonalDataPage() {
  return (
    <PublicShell>
      <div className="max-w-3xl">
        <Breadcrumb items={[{ label: "Accueil", href: "/" }, { label: "Données personnelles" }]} />
        <h1>Données personnelles</h1>
        <p className="text-lg">
          Cette page décrit les données personnelles que traite la plateforme du service sanitaire des étudiants en santé, pourquoi, pour combien de temps, et
          comment exercer vos droits.
        </p>

        <h2 className="mt-10">Responsables du traitement</h2>
        <p>
          L&apos;Agence régionale de santé Île-de-France et l&apos;Agence régionale de santé Grand Est, chacune pour les structures, établissements et offres de
          sa région.
        </p>

        <h2 className="mt-10">Finalités et base légale</h2>
        <p>La plateforme sert à :</p>
        <ul className="mb-4 list-disc pl-6">
          <li>instruire les demandes d&apos;inscription des structures d&apos;accueil et gérer leurs comptes ;</li>
          <li>rédiger, valider et publier les offres d&apos;actions de prévention ;</li>
          <li>
            partager les périodes de disponibilité des étudiants (nombre d&apos;étudiants par promotion, sans aucune donnée individuelle sur les étudiants) ;
          </li>
          <li>envoyer les courriels liés à ces démarches et répondre aux demandes d&apos;assistance ;</li>
          <li>protéger les comptes contre les tentatives d&apos;accès frauduleuses.</li>
        </ul>
        <p>
          Ce traitement est nécessaire à l&apos;exécution d&apos;une mission d&apos;intérêt public (article 6.1.e du RGPD) : l&apos;organisation du service
          sanitaire des étudiants en santé (articles D. 4071-1 et suivants du code de la santé publique).
        </p>

        <h2 className="mt-10">Données traitées et durées de conservation</h2>
        <Table caption="Données conservées par catégorie" captionHidden>
          <thead>
            <tr>
              <th scope="col">Catégorie</th>
              <th scope="col">Données</th>
              <th scope="col">Durée de conservation</th>
            </tr>
          </thead>
          <tbody>
            {DATA_KEPT.map((row) => (
              <tr key={row.category}>
                <th scope="row">{row.category}</th>
                <td>{row.data}</td>
                <td>{row.retention}</td>
              </tr>
            ))}
          </tbody>
        </Table>

        <h2 className="mt-10">Qui peut voir ces données</h2>
        <ul className="mb-4 list-disc pl-6">
          <li>les agents habilités de l&apos;ARS de la région concernée ;</li>
          <li>les utilisateurs de votre structure, selon leurs permissions ;</li>
          <li>
            <strong>tout le monde</strong>, pour les offres publiées : leur contenu, les coordonnées des référents et l&apos;adresse pour candidater sont
            publics. Ne saisissez pas d&apos;autres données personnelles dans les zones de texte libre.
          </li>
        </ul>
        <p>
          Les données sont hébergées en France. Les courriels sont envoyés par un prestataire d&apos;envoi agissant pour le compte des ARS. Aucune donnée
          n&apos;est vendue ni utilisée à des fins commerciales.
        </p>

        <h2 className="mt-10">Vos droits</h2>
        <p>
          Vous pouvez accéder à vos données, les faire rectifier, demander la limitation de leur traitement ou vous y opposer pour des raisons tenant à votre
          situation particulière. Votre fonction et votre téléphone se modifient directement dans « Mon profil ». Pour toute autre demande, écrivez au délégué à
          la protection des données de l&apos;ARS de votre région :
        </p>
        <ul className="mb-4 list-disc pl-6">
          {DPO_EMAILS.map((dpo) => (
            <li key={dpo.region}>
              {dpo.region} : <a href={`mailto:${dpo.email}`}>{dpo.email}</a>
            </li>
          ))}
        </ul>
        <p>
          Si vous estimez, après nous avoir contactés, que vos droits ne sont pas respectés, vous pouvez adresser une réclamation à la{" "}
          <a href="https://www.cnil.fr/fr/plaintes" target="_blank" rel="noopener">
            Commission nationale de l&apos;informatique et des libertés (CNIL)
            <span className="sr-only"> – nouvelle fenêtre</span>
          </a>
          .
        </p>

        <h2 className="mt-10">Cookies</h2>
        <p>
          La plateforme ne dépose aucun cookie de mesure d&apos;audience, de publicité ou de réseau social. Seuls des cookies strictement nécessaires sont
          utilisés, lorsque vous vous connectez : un cookie de session, qui vous garde connecté, et les cookies techniques de sécurité de la connexion. Ils ne
          requièrent pas votre consentement (article 82 de la loi Informatique et Libertés) et disparaissent à la déconnexion ou à la fermeture du navigateur,
          sauf si vous avez coché « Se souvenir de moi ».
        </p>
        <p>La consultation des offres, sans connexion, ne nécessite aucun cookie.</p>
      </div>
    </PublicShell>
  );
}
