import Link from "next/link";
import type { HelpProcedure } from "@/components/help/procedures";

/**
 * The offerer documentation (« la documentation (les procédures) », docs/produit.md#espace-offreur), written for this
 * platform from the regional guides (guide IDF, tutoriel Grand Est): short, in the words of the screens.
 */

export const HELP_PROCEDURES: HelpProcedure[] = [
  {
    slug: "creer-une-offre",
    title: "Créer une offre",
    summary: "les quatre étapes, le brouillon et la demande de validation",
    body: (
      <>
        <p>
          Il faut la permission « Gestionnaire d&apos;offres ». Dans le menu, ouvrez <Link href="/espace/offres">Offres</Link> puis cliquez sur « + Créer ».
        </p>
        <h2>Les quatre étapes</h2>
        <ol>
          <li>
            <strong>Description</strong> : le nom de l&apos;offre, sa description (1 000 caractères au plus), une ou plusieurs thématiques (choisissez « À
            définir » si vous préférez que les étudiants mènent eux-mêmes une enquête de besoin), le public cible, le nombre de places, la structure
            d&apos;accueil et son adresse, le type de terrain d&apos;action, les référents et l&apos;email pour candidater.
          </li>
          <li>
            <strong>Modalités</strong> : comment et quand vous accueillez les étudiants (par exemple « tous les lundis entre mai et juin »), la période et les
            demi-journées d&apos;accueil de la semaine. « Tous les jours de semaine » coche du lundi au vendredi d&apos;un coup.
          </li>
          <li>
            <strong>Compléments</strong> : les documents demandés pour candidater (un par ligne), l&apos;hébergement, la restauration ou le transport si vous
            les proposez, et jusqu&apos;à 5 documents utiles de 10 Mo chacun.
          </li>
          <li>
            <strong>Publication</strong> : les dates de début et de fin de publication. La date de début ne peut pas être antérieure à la date du jour.
          </li>
        </ol>
        <h2>Enregistrer, revenir, supprimer</h2>
        <ul>
          <li>
            « Enregistrer le brouillon » garde ce que vous avez saisi, à n&apos;importe quelle étape ; vous pouvez revenir plus tard par la liste des offres.
          </li>
          <li>
            « ← Retour », « Suivant » et le diagramme des étapes enregistrent l&apos;étape en cours avant de changer d&apos;étape : rien n&apos;est perdu.
          </li>
          <li>Un brouillon se supprime depuis la liste ou depuis la fiche de l&apos;offre (« Supprimer »), après confirmation.</li>
        </ul>
        <h2>Demander la validation</h2>
        <p>
          À l&apos;étape 4, « Demander la validation » vérifie les champs obligatoires des quatre étapes et dit ce qui manque, étape par étape. L&apos;offre
          passe alors « En attente de validation » et ceux qui valident reçoivent un courriel : les valideurs de votre structure, ou l&apos;ARS si votre région
          a choisi de valider elle-même les offres (l&apos;encadré « Votre région » le dit). Si vous avez aussi la permission « Valideur d&apos;offres » et que
          votre structure valide ses offres, le bouton « Valider » publie directement.
        </p>
        <p>Veillez à ne pas diffuser de données à caractère personnel dans les zones de saisie libre.</p>
      </>
    ),
  },
  {
    slug: "modifier-une-offre",
    title: "Modifier une offre",
    summary: "corriger un brouillon, modifier une offre publiée, dupliquer",
    body: (
      <>
        <p>
          Dans <Link href="/espace/offres">Offres</Link>, retrouvez l&apos;offre avec les filtres puis cliquez sur « Modifier ». Naviguez entre les étapes avec
          « Suivant » ou le diagramme des étapes, et enregistrez.
        </p>
        <h2>Une offre renvoyée pour correction</h2>
        <p>
          Quand un valideur, ou l&apos;ARS, renvoie votre offre, vous recevez son commentaire par courriel ; il est aussi affiché en haut de la fiche de
          l&apos;offre, qui repasse en « Brouillon ». Corrigez, puis demandez à nouveau la validation.
        </p>
        <h2>Une offre déjà validée ou publiée</h2>
        <p>
          Vos changements sont enregistrés comme une <strong>modification</strong> : les étudiants continuent de voir la version publiée tant que la
          modification n&apos;est pas validée (par un valideur de la structure ou par l&apos;ARS, selon votre région). Demandez sa validation à l&apos;étape 4,
          ou « Abandonner la modification » depuis la fiche. Évitez les changements trop importants, qui désorganisent les choix des instituts de formation.
        </p>
        <h2>Dupliquer</h2>
        <p>« Dupliquer » crée une copie en brouillon, sans dates de publication : pratique pour reconduire une offre l&apos;année suivante.</p>
        <p>Chaque changement d&apos;état est conservé dans l&apos;historique de l&apos;offre : qui, quand, de quel état à quel état, avec quel commentaire.</p>
      </>
    ),
  },
  {
    slug: "publier-une-offre",
    title: "Valider, publier, arrêter ou renouveler une offre",
    summary: "pour les valideurs : la validation ; pour tous : les dates de publication",
    body: (
      <>
        <h2>Valider (permission « Valideur d&apos;offres »)</h2>
        <p>
          Les offres en attente sont comptées sur la page <Link href="/espace">Activité</Link> et affichées en tête de la liste des offres. Ouvrez-en une : vous
          pouvez modifier chacune des étapes si nécessaire, puis
        </p>
        <ul>
          <li>
            « Valider » : l&apos;offre est « Validée » jusqu&apos;à sa date de début de publication, puis « Publiée » automatiquement ; elle est publiée tout de
            suite si la date de début est atteinte ;
          </li>
          <li>« Renvoyer pour correction », avec un commentaire qui est envoyé par courriel à l&apos;auteur : l&apos;offre repasse en « Brouillon ».</li>
        </ul>
        <p>Un rappel quotidien est envoyé aux valideurs quand des offres attendent depuis plus de deux jours.</p>
        <p>
          Si votre région fait valider les offres par l&apos;ARS (l&apos;encadré « Votre région » le dit), les valideurs de la structure ne valident pas : les
          demandes vont à l&apos;ARS, qui valide ou renvoie pour correction, et la fiche de l&apos;offre indique « En attente de l&apos;ARS ».
        </p>
        <h2>Les dates font l&apos;état</h2>
        <ul>
          <li>Date de début à venir : « Validée ».</li>
          <li>Entre la date de début et la date de fin : « Publiée », visible de tous sur le site public.</li>
          <li>Date de fin passée : « Caduque ». Les gestionnaires reçoivent un courriel sept jours avant la fin.</li>
        </ul>
        <h2>Modifier les dates, arrêter, renouveler (gestionnaires et valideurs)</h2>
        <ul>
          <li>« Arrêter la publication » : l&apos;offre devient « Caduque » et disparaît aussitôt du site public. Rien n&apos;est supprimé.</li>
          <li>
            « Modifier les dates », sur la fiche d&apos;une offre validée ou publiée : avancez ou reculez la date de début tant qu&apos;elle n&apos;est pas
            atteinte (pas avant aujourd&apos;hui), avancez la date de fin (pas avant aujourd&apos;hui) ou reculez-la. Aucune nouvelle validation : le site
            public suit aussitôt, et l&apos;historique garde le changement. Des instituts de formation ont peut-être déjà choisi l&apos;offre : prévenez-les.
          </li>
          <li>
            « Renouveler » une offre caduque : donnez de nouvelles dates ; l&apos;offre repasse en attente de validation, ou est publiée directement si vous
            êtes valideur et que votre structure valide ses offres.
          </li>
        </ul>
        <h2>Une offre dépubliée ou renvoyée pour correction par l&apos;ARS</h2>
        <p>
          L&apos;ARS peut retirer une offre du site public (« Dépublier ») ou en demander la correction ; ses gestionnaires et valideurs reçoivent son motif par
          courriel, et la fiche de l&apos;offre indique « Modérée par l&apos;ARS ». Renouvelée ou corrigée, elle ne revient en ligne qu&apos;après la validation
          de l&apos;ARS, même si votre structure valide d&apos;habitude ses offres. Pour en parler, écrivez à l&apos;adresse de l&apos;ARS donnée dans
          l&apos;encadré « Votre région ».
        </p>
      </>
    ),
  },
  {
    slug: "gerer-les-utilisateurs",
    title: "Gérer les utilisateurs de la structure",
    summary: "les quatre permissions et les façons de s'organiser",
    body: (
      <>
        <p>
          Il faut la permission « Administrateur offreur ». Dans le menu, ouvrez <Link href="/espace/utilisateurs">Utilisateurs</Link> puis « + Créer » :
          prénom, nom, email, mot de passe provisoire (à changer à la première connexion), permissions, fonction et téléphone. La personne reçoit un courriel
          lui annonçant son compte ; donnez-lui vous-même le mot de passe provisoire, il ne voyage jamais par courriel.
        </p>
        <h2>Les permissions, cumulables</h2>
        <ul>
          <li>« Consultation d&apos;offres » : voir les offres de la structure et télécharger leurs fiches PDF.</li>
          <li>
            « Gestionnaire d&apos;offres » : créer et modifier toutes les offres de la structure, supprimer les brouillons, demander la validation, arrêter,
            prolonger ou renouveler une publication.
          </li>
          <li>
            « Valideur d&apos;offres » : voir, modifier et supprimer toutes les offres de la structure ; les publier ou les renvoyer pour correction, sauf si la
            région fait valider les offres par l&apos;ARS.
          </li>
          <li>
            « Administrateur offreur » : modifier « Mon compte offreur » et gérer les utilisateurs. Une structure garde toujours au moins un administrateur
            actif.
          </li>
        </ul>
        <h2>Trois façons de s&apos;organiser</h2>
        <ol>
          <li>
            Une tête de réseau valide les offres de ses établissements : elle donne aux établissements la permission « Gestionnaire d&apos;offres » et garde «
            Valideur d&apos;offres ».
          </li>
          <li>Chaque établissement publie en autonomie : chacun crée son propre compte offreur.</li>
          <li>
            Solution intermédiaire : les comptes des établissements ont « Gestionnaire d&apos;offres » et « Valideur d&apos;offres » et publient sans validation
            préalable. Un inspecteur peut ainsi tenir un compte pour douze écoles, ou douze comptes personnels qu&apos;il valide.
          </li>
        </ol>
        <p>
          Un compte sans connexion depuis plus de 15 mois apparaît « Inactif ». Vous pouvez désactiver un compte à tout moment : la personne est déconnectée.
        </p>
      </>
    ),
  },
];
