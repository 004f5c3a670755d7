import Link from "next/link";
import type { HelpProcedure } from "@/components/help/procedures";

/**
 * The institutions' procedures (docs/produit.md#disponibilites-et-calendrier): declaring when students are available, the
 * copy of a period, the calendar and its exports, in the words of the screens.
 */
export const INSTITUTION_PROCEDURES: HelpProcedure[] = [
  {
    slug: "declarer-une-periode",
    title: "Déclarer une période de disponibilité",
    summary: "quand vos étudiants peuvent réaliser leur action de prévention",
    body: (
      <>
        <p>
          Dans le menu, ouvrez <Link href="/espace/disponibilites">Disponibilités</Link> puis cliquez sur « + Déclarer une période ». Une période décrit un
          groupe d&apos;étudiants d&apos;une même discipline : les structures d&apos;accueil et l&apos;agence régionale de santé la voient dans le calendrier.
        </p>
        <h2>Les champs</h2>
        <ul>
          <li>
            <strong>Discipline</strong> (médecine, pharmacie, soins infirmiers…) et <strong>Promotion / année</strong>, par exemple « DFGSM3 – groupe A ».
          </li>
          <li>
            <strong>Nombre d&apos;étudiants</strong> : l&apos;effectif du groupe, comparé aux places offertes dans le calendrier de l&apos;ARS.
          </li>
          <li>
            <strong>Date de début</strong> et <strong>Date de fin</strong> : une période dure un an au plus. Les jours fériés ne sont jamais comptés comme
            disponibles.
          </li>
          <li>
            <strong>Modalité</strong> : « En continu » (tous les jours de la période) ou « En fractionné » ; en fractionné, cochez au moins une demi-journée
            dans « Demi-journées de la semaine ».
          </li>
          <li>
            <strong>Départements où les étudiants peuvent aller</strong> : n&apos;en cochez aucun si toute la région convient.
          </li>
          <li>
            <strong>Commentaire</strong> : ce que les structures doivent savoir. Veillez à ne pas diffuser de données à caractère personnel dans les zones de
            saisie libre.
          </li>
        </ul>
        <p>
          « Enregistrer la période » vérifie chaque champ et signale une erreur à côté du champ concerné. Deux périodes de la même discipline qui se chevauchent
          sont acceptées, mais signalées.
        </p>
        <h2>Exclure des jours</h2>
        <p>
          Sur la page de la période, la section « Dates exclues » retire des jours où les étudiants ne peuvent pas venir (examens, congés) : choisissez la date,
          puis « Ajouter la date ». « Retirer » la remet dans la période.
        </p>
      </>
    ),
  },
  {
    slug: "modifier-dupliquer-une-periode",
    title: "Modifier, dupliquer ou supprimer une période",
    summary: "reconduire une période l'année suivante, corriger un effectif",
    body: (
      <>
        <p>
          Dans <Link href="/espace/disponibilites">Disponibilités</Link>, chaque période déclarée a ses actions dans la dernière colonne du tableau.
        </p>
        <ul>
          <li>
            « Modifier » ouvre la période : changez les champs, puis « Enregistrer les modifications ». Les structures voient aussitôt la nouvelle version dans
            le calendrier.
          </li>
          <li>
            « Dupliquer » crée une copie de la période et l&apos;ouvre : ajustez la promotion, les dates ou l&apos;effectif, puis enregistrez. C&apos;est le
            plus rapide pour déclarer plusieurs groupes d&apos;une même promotion, ou reconduire une période l&apos;année suivante.
          </li>
          <li>« Supprimer » retire la période du calendrier, après confirmation ; cette suppression est définitive.</li>
        </ul>
        <p>
          La page d&apos;une période montre aussi les offres publiées qui la rencontrent : mêmes dates, mêmes départements, avec les demi-journées communes.
        </p>
        <p>
          Si l&apos;agence régionale de santé a désactivé votre établissement, ses périodes ne sont plus visibles ni modifiables : contactez-la par le{" "}
          <Link href="/aide/assistance">Formulaire d&apos;assistance</Link>.
        </p>
      </>
    ),
  },
  {
    slug: "calendrier-et-exports",
    title: "Consulter et exporter le calendrier",
    summary: "les disponibilités de la région, en CSV ou en iCalendar",
    body: (
      <>
        <p>
          Dans le menu, ouvrez <Link href="/espace/calendrier">Calendrier</Link> : une ligne par période des établissements de votre région, une colonne par
          jour du mois, une barre sur les jours disponibles. Passez sur une barre, ou donnez-lui le focus au clavier, pour lire les modalités.
        </p>
        <h2>Filtrer</h2>
        <p>
          Choisissez le <strong>Mois</strong>, la <strong>Discipline</strong>, l&apos;<strong>Université / institut</strong> ou le <strong>Département</strong>,
          puis « Afficher » : les filtres restent dans l&apos;adresse de la page, que vous pouvez garder en favori ou transmettre.
        </p>
        <h2>Exporter</h2>
        <ul>
          <li>« Exporter en CSV » : un tableau de toute la vue filtrée, à ouvrir dans un tableur (séparateur point-virgule, accents conservés).</li>
          <li>« Exporter en iCalendar (.ics) » : les mêmes périodes, à importer dans un agenda (Outlook, Thunderbird, Agenda de Google ou d&apos;Apple).</li>
        </ul>
        <p>Les exports reprennent exactement les filtres affichés : filtrez d&apos;abord, exportez ensuite.</p>
      </>
    ),
  },
];
