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
    slug: "valider-les-offres",
    title: "Valider les offres de la région",
    summary: "si votre région fait valider les offres par l'ARS : la file « Offres à valider », « Valider », « Renvoyer pour correction »",
    body: (
      <>
        <p>
          Qui valide les offres est le choix de votre région, dans <Link href="/admin/parametres">Paramètres de la région</Link> : « par les valideurs de la
          structure » (chaque structure valide ses offres, vous ne validez rien) ou « par l&apos;ARS ». Dans ce second cas, chaque demande de validation
          d&apos;une offre, d&apos;une modification d&apos;offre publiée ou d&apos;un renouvellement vous arrive par courriel ; les valideurs des structures ne
          valident plus, et leur écran dit que l&apos;ARS valide.
        </p>
        <h2>La file des demandes</h2>
        <p>
          <Link href="/admin/offres/a-valider">Offres à valider</Link> liste ce qui vous attend, les plus anciennes demandes d&apos;abord : nouvelle offre ou
          modification, structure, date de la demande. Le <Link href="/admin">Tableau de bord</Link> les compte et un rappel quotidien les liste tant
          qu&apos;une demande attend depuis plus d&apos;un jour.
        </p>
        <h2>Décider</h2>
        <ul>
          <li>
            Ouvrez l&apos;offre : tous ses champs, sa fiche PDF, son historique ; pour une modification, la version proposée (le public voit toujours la version
            publiée).
          </li>
          <li>
            « Valider » : l&apos;offre est « Validée » jusqu&apos;à sa date de début de publication, puis « Publiée » ; tout de suite si cette date est
            atteinte. Son auteur est prévenu.
          </li>
          <li>
            « Renvoyer pour correction », avec un commentaire que son auteur reçoit : l&apos;offre repasse en brouillon (une modification est renvoyée, la
            version publiée reste en ligne).
          </li>
        </ul>
        <p>
          Vous ne validez que ce qui vous a été envoyé, jamais un brouillon. Une offre que vous avez dépubliée ou renvoyée pour correction vous revient, même si
          votre région laisse la validation aux structures (voir « Dépublier une offre ou la faire corriger »).
        </p>
      </>
    ),
  },
  {
    slug: "depublier-une-offre",
    title: "Dépublier une offre ou la faire corriger",
    summary: "retirer une seule offre du catalogue, avec un motif, ou demander sa correction, dans toute région",
    body: (
      <>
        <p>
          Quelle que soit la règle de validation de la région, la page d&apos;une offre validée ou publiée (depuis <Link href="/admin/offres">Offres</Link>)
          propose deux actions.
        </p>
        <h2>« Dépublier »</h2>
        <p>
          Le « Motif de la dépublication » est obligatoire : il est inscrit dans l&apos;historique de l&apos;offre et envoyé par courriel à ses gestionnaires et
          valideurs, avec l&apos;adresse de contact de l&apos;ARS. L&apos;offre devient « Caduque » et quitte aussitôt le site public. Rien n&apos;est supprimé.
          Écrivez le motif pour la structure, qui le lira tel quel, sans données personnelles.
        </p>
        <h2>« Renvoyer pour correction »</h2>
        <p>
          Votre commentaire part aux mêmes personnes. L&apos;offre quitte le catalogue et repasse en brouillon, sauf si vous cochez « Laisser l&apos;offre en
          ligne jusqu&apos;à la correction » : la version publiée reste alors visible et la structure reçoit une modification à corriger.
        </p>
        <h2>Ensuite : elle revient par vous</h2>
        <p>
          Une offre dépubliée ou renvoyée pour correction ne revient en ligne qu&apos;après votre validation, même dans une région « par les valideurs de la
          structure » : son renouvellement ou sa correction arrive dans <Link href="/admin/offres/a-valider">Offres à valider</Link> et ses valideurs ne peuvent
          pas la valider eux-mêmes. Une fois validée par vous, elle suit de nouveau la règle de la région.
        </p>
        <p>Pour retirer d&apos;un coup toutes les offres d&apos;une structure, gelez la structure (voir « Suivre les offres de la région »).</p>
      </>
    ),
  },
  {
    slug: "parametres-de-la-region",
    title: "Régler les paramètres de la région",
    summary: "qui valide les offres, l'adresse de contact de l'ARS",
    body: (
      <>
        <p>
          <Link href="/admin/parametres">Paramètres de la région</Link> (dans le menu et sur le tableau de bord) règle deux choses pour toute votre région ;
          chaque administrateur de la région peut les changer, et chaque changement est inscrit dans le journal d&apos;activité.
        </p>
        <h2>« Validation des offres »</h2>
        <ul>
          <li>
            « par les valideurs de la structure » : chaque structure valide ses offres, par ses utilisateurs qui ont la permission « Valideur d&apos;offres ».
          </li>
          <li>
            « par l&apos;ARS » : les administrateurs de la région valident chaque offre, chaque modification et chaque renouvellement (voir « Valider les offres
            de la région »).
          </li>
        </ul>
        <p>
          Un changement vaut pour les demandes envoyées après l&apos;enregistrement : ce qui attend déjà reste où il est, et la page dit combien de demandes
          attendent l&apos;ARS et combien les valideurs des structures. Dans les deux cas, l&apos;ARS peut dépublier une offre ou la faire corriger.
        </p>
        <h2>« Adresse de contact de l&apos;ARS »</h2>
        <p>
          L&apos;adresse que les structures et les établissements de formation de la région peuvent écrire : elle figure dans les courriels (compte offreur en
          cours de validation, offre dépubliée ou à corriger), dans le message d&apos;un compte gelé et dans leurs pages d&apos;aide. Laissez-la vide pour
          n&apos;en donner aucune.
        </p>
      </>
    ),
  },
  {
    slug: "suivre-les-offres",
    title: "Suivre les offres de la région",
    summary: "consulter et exporter les offres, restaurer une offre supprimée, retirer une structure du catalogue",
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
        <p>Vous ne rédigez pas les offres : pour un échange plus long avec une structure, ses utilisateurs et leurs coordonnées sont sur sa fiche.</p>
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
