import Link from "next/link";
import type { HelpProcedure } from "@/components/help/procedures";

/**
 * The ARS's procedures (docs/produit.md#pouvoirs-de-lars): what a regional admin does on the platform, screen by screen,
 * as the screens exist. A new power of the ARS gets its lines here when it lands.
 */
export const ADMIN_PROCEDURES: HelpProcedure[] = [
  {
    slug: "moderer-les-inscriptions",
    title: "Traiter les demandes d'inscription",
    summary: "accepter ou refuser les structures qui demandent un compte offreur",
    body: (
      <>
        <p>
          Une structure qui remplit « Créer un compte offreur » attend votre décision : chaque administrateur de la région reçoit un courriel, puis un rappel
          quotidien tant qu&apos;une demande attend depuis plus d&apos;un jour. Le <Link href="/admin">Tableau de bord</Link> les compte.
        </p>
        <h2>Examiner une demande</h2>
        <p>
          Ouvrez <Link href="/admin/demandes">Demandes d&apos;inscription</Link> : les plus anciennes viennent en premier, avec tout ce que la structure a saisi
          (raison sociale, SIREN, adresse, représentant légal, description, logo, compte administrateur). « Points à vérifier avant de décider » signale un
          SIREN ou un email déjà connus : une structure qui a déjà un compte doit plutôt ajouter un utilisateur.
        </p>
        <h2>Décider</h2>
        <ul>
          <li>
            « Accepter » crée la structure et son premier utilisateur, avec les quatre permissions. Il reçoit « Création d&apos;un compte utilisateur » et un
            lien d&apos;activation valable 72 heures, pour choisir son mot de passe ; aucun mot de passe ne circule par courriel.
          </li>
          <li>« Refuser » demande un « Motif du refus », envoyé au demandeur : écrivez-le pour lui, il le lira tel quel.</li>
        </ul>
        <p>
          Une demande n&apos;est décidée qu&apos;une fois, même si deux administrateurs cliquent en même temps. Les décisions restent dans l&apos;historique.
        </p>
      </>
    ),
  },
  {
    slug: "moderer-les-offres",
    title: "Suivre et modérer les offres de la région",
    summary:
      "valider les offres si la région l'a choisi, dépublier ou faire corriger une offre, restaurer une offre supprimée, retirer une structure du catalogue",
    body: (
      <>
        <p>
          <Link href="/admin/offres">Offres</Link> liste toutes les offres de la région, avec les filtres du catalogue plus l&apos;état et la structure ; les
          brouillons n&apos;y sont pas, sauf si vous choisissez cet état. « Exporter la liste (CSV) » reprend les filtres affichés.
        </p>
        <h2>Consulter une offre</h2>
        <p>
          La page d&apos;une offre montre tous ses champs, sa fiche PDF, son historique (qui a fait quoi, quand, avec quel commentaire) et les cohortes
          d&apos;étudiants dont les dates et les départements la rencontrent.
        </p>
        <h2>Valider les offres, si votre région l&apos;a choisi</h2>
        <p>
          Dans <Link href="/admin/parametres">Paramètres de la région</Link>, « Validation des offres » dit qui valide : « par les valideurs de la structure »
          (chaque structure valide ses offres) ou « par l&apos;ARS ». Dans ce second cas, chaque demande de validation d&apos;une offre, ou d&apos;une
          modification d&apos;offre publiée, vous arrive par courriel et attend dans <Link href="/admin/offres/a-valider">Offres à valider</Link>, les plus
          anciennes d&apos;abord (le tableau de bord les compte, un rappel quotidien les liste). Ouvrez l&apos;offre, puis « Valider » (elle est publiée à sa
          date de début) ou « Renvoyer pour correction » avec un commentaire, que son auteur reçoit. Un changement de règle vaut pour les demandes envoyées
          ensuite : ce qui attend déjà reste où il est, et la page des paramètres dit combien attendent de chaque côté.
        </p>
        <h2>Dépublier une offre ou la faire corriger</h2>
        <p>
          Quelle que soit la règle de validation, la page d&apos;une offre validée ou publiée propose « Dépublier », avec un motif obligatoire : l&apos;offre
          devient caduque et quitte aussitôt le catalogue ; le motif est dans son historique et envoyé à ses gestionnaires et valideurs. « Renvoyer pour
          correction » leur envoie votre commentaire : l&apos;offre quitte le catalogue et repasse en brouillon, sauf si vous cochez « Laisser l&apos;offre en
          ligne jusqu&apos;à la correction ».
        </p>
        <h2>Restaurer une offre supprimée</h2>
        <p>
          Cochez « Offres supprimées » dans les filtres, ouvrez l&apos;offre puis « Restaurer l&apos;offre » : elle retrouve l&apos;état qu&apos;elle avait, et
          ses dates de publication décident de nouveau si elle est en ligne.
        </p>
        <h2>Retirer une structure du catalogue</h2>
        <p>
          Dans <Link href="/admin/structures">Structures</Link>, ouvrez la fiche de la structure puis « Geler » avec un motif, envoyé à ses administrateurs :
          toutes ses offres quittent aussitôt le catalogue et ses utilisateurs ne peuvent plus se connecter. « Dégeler » rétablit tout.
        </p>
        <p>
          Vous ne rédigez pas les offres : pour un échange plus long avec une structure, ses utilisateurs et leurs coordonnées sont sur sa fiche. Votre adresse
          de contact, donnée aux structures dans les courriels et l&apos;aide, se règle dans « Paramètres de la région ».
        </p>
      </>
    ),
  },
  {
    slug: "depanner-un-compte",
    title: "Dépanner un compte",
    summary: "un email mal saisi, un lien d'activation perdu, une structure sans administrateur",
    body: (
      <>
        <h2>Un lien d&apos;activation perdu ou expiré</h2>
        <p>
          Demandez à la personne d&apos;utiliser « Mot de passe oublié ? » sur la page de connexion, avec son adresse : un compte qui n&apos;a jamais choisi de
          mot de passe reçoit un nouveau lien d&apos;activation, les autres un lien de réinitialisation valable 2 heures. Au plus trois liens par heure. Les
          courriels partis sont dans <Link href="/admin/courriels">Courriels</Link>, avec leur état.
        </p>
        <h2>Un utilisateur de structure</h2>
        <p>
          Dans <Link href="/admin/structures">Structures</Link>, ouvrez la fiche de la structure : chaque utilisateur y figure avec sa date de création et sa
          dernière connexion, et ses actions.
        </p>
        <ul>
          <li>« Modifier l&apos;email » corrige une adresse mal saisie : la nouvelle adresse reçoit un lien d&apos;activation, l&apos;ancienne un avis.</li>
          <li>« Renvoyer le lien d&apos;activation » : un nouveau lien, valable 72 heures, pour un compte qui n&apos;a pas encore choisi son mot de passe.</li>
          <li>
            « Donner la permission Administrateur » ou « Retirer la permission Administrateur » : une structure dont le seul administrateur est parti retrouve
            ainsi quelqu&apos;un pour gérer ses utilisateurs. Le dernier administrateur actif ne peut pas la perdre.
          </li>
          <li>
            « Geler » et « Dégeler » un compte ; « Supprimer » efface ses données personnelles, ses actions passées restant sous « Utilisateur supprimé ».
          </li>
          <li>« + Nouvel utilisateur » crée un compte, qui reçoit un lien d&apos;activation par courriel.</li>
        </ul>
        <p>Un compte gelé qui saisit le bon mot de passe est invité à contacter l&apos;ARS de sa région.</p>
        <h2>Un utilisateur d&apos;établissement de formation</h2>
        <p>
          Dans <Link href="/admin/etablissements">Établissements</Link>, ouvrez l&apos;établissement : « Nouvel utilisateur » crée un compte et envoie un lien
          d&apos;activation ; « Désactiver » et « Réactiver » agissent sur un utilisateur ou sur tout l&apos;établissement (ses périodes quittent alors le
          calendrier, puis y reviennent) ; « Supprimer » efface les données personnelles d&apos;un utilisateur.
        </p>
      </>
    ),
  },
  {
    slug: "assistance-et-faq",
    title: "Répondre aux demandes d'assistance et tenir la FAQ",
    summary: "le « Formulaire d'assistance » et les questions fréquentes de la région",
    body: (
      <>
        <p>
          Les demandes envoyées par le « Formulaire d&apos;assistance » pour votre région arrivent par courriel et dans{" "}
          <Link href="/admin/aide">Aide et assistance</Link> : les demandes à traiter d&apos;abord, avec ce qu&apos;elles concernent (compte, offre,
          disponibilités, technique, autre) et le téléphone quand il est donné. Filtrez par « Votre demande concerne ».
        </p>
        <h2>Répondre</h2>
        <p>
          Ouvrez la demande : message, pièces jointes à télécharger, coordonnées. « Votre réponse » part par courriel au demandeur, son message cité dessous, et
          la demande passe « Traitée ». Réglée autrement (par téléphone, en double) : « Marquer comme traitée ».
        </p>
        <h2>La foire aux questions</h2>
        <p>
          Sous les demandes, ajoutez, modifiez, ordonnez ou supprimez les questions de votre région, par thème. Le public les lit dans{" "}
          <Link href="/aide">Aide</Link> après les questions nationales, en choisissant votre région.
        </p>
      </>
    ),
  },
];
