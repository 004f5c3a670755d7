import type { OfferTemplate } from "./types";

/** Offers outside school: associations, health centres, companies, médico-social, insertion, towns, hospitals. */
export const COMMUNITY_TEMPLATES: OfferTemplate[] = [
  {
    setting: "community",
    name: "Prévention des risques en milieu festif",
    description:
      "Les étudiants tiennent, avec les bénévoles {de}, des stands de réduction des risques lors de soirées étudiantes et de festivals : alcool, protoxyde d'azote, retour en sécurité, préservatifs. Une formation de deux jours précède les interventions. Les horaires de soirée sont compensés par des demi-journées libérées.",
    themes: ["Addictions (tabac, alcool, cannabis, écrans)", "Santé sexuelle et affective"],
    publics: ["Étudiants", "Jeunes en insertion"],
    schedule: "flexible",
    places: [6, 20],
  },
  {
    setting: "community",
    name: "Ateliers santé au centre social du quartier",
    description:
      "Cuisine à petit budget, hygiène de vie, accès aux soins : les étudiants co-animent des ateliers collectifs avec les habitants fréquentant {le}. Les thèmes sont choisis avec le groupe lors de la première séance. Une attention particulière est portée aux personnes qui parlent peu le français.",
    themes: ["Alimentation / nutrition", "Hygiène (mains, bucco-dentaire)"],
    publics: ["Adultes", "Personnes en situation de précarité"],
    schedule: "weekly",
    places: [3, 8],
  },
  {
    setting: "community",
    name: "Permanence santé et accès aux droits pour les personnes sans domicile",
    description:
      "Lors de l'accueil de jour {de}, les étudiants proposent des temps d'échange sur l'hygiène, les soins des pieds, la vaccination et l'ouverture des droits à la complémentaire santé solidaire. Ils orientent vers les permanences d'accès aux soins de santé des hôpitaux voisins. L'accueil se fait toujours en binôme avec un travailleur social.",
    themes: ["Hygiène (mains, bucco-dentaire)", "Vaccination"],
    publics: ["Personnes en situation de précarité", "Adultes"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "community",
    name: "Parentalité et écrans : ateliers avec les parents",
    description:
      "Les parents de jeunes enfants s'interrogent sur la place des écrans à la maison. Les étudiants animent {à} des ateliers d'échange autour de repères simples (pas d'écran avant trois ans, pas d'écran le matin ni pendant les repas) et proposent des alternatives de jeux. Une garde des enfants est assurée pendant les ateliers.",
    themes: ["Addictions (tabac, alcool, cannabis, écrans)", "Sommeil"],
    publics: ["Adultes"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "community",
    name: "Qualité de l'air intérieur et santé à la maison",
    description:
      "Aération, moisissures, produits ménagers, monoxyde de carbone : les étudiants conçoivent un atelier et une visite-conseil fictive d'appartement pour les familles accueillies {à}. Le conseiller médical en environnement intérieur du département les forme en amont. L'action vise en priorité les familles avec un enfant asthmatique.",
    themes: ["Santé environnementale"],
    publics: ["Adultes", "Personnes en situation de précarité"],
    schedule: "flexible",
    places: [2, 6],
  },
  {
    setting: "community",
    name: "Santé mentale des adolescents : groupes de parole et repérage",
    description:
      "Les étudiants participent à l'animation de groupes de parole pour les 12-17 ans accueillis {à}, sur l'estime de soi, les relations et le stress. Ils contribuent à une campagne sur les ressources d'aide (numéro 3114, Fil Santé Jeunes). Une supervision hebdomadaire est assurée par la psychologue de la structure.",
    themes: ["Santé mentale et bien-être"],
    publics: ["Collégiens", "Lycéens"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "health-centre",
    name: "Promotion de la vaccination en salle d'attente",
    description:
      "Les étudiants vont à la rencontre des patients en salle d'attente {de} pour vérifier les carnets de vaccination, expliquer le calendrier vaccinal et répondre aux hésitations. Ils réalisent une affiche et une courte vidéo diffusées sur l'écran d'accueil. Les patients qui le souhaitent sont orientés vers une consultation de rattrapage.",
    themes: ["Vaccination"],
    publics: ["Adultes"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "health-centre",
    name: "Alimentation et diabète : ateliers collectifs pour les patients",
    description:
      "En complément du programme d'éducation thérapeutique {de}, les étudiants animent des ateliers sur la lecture des étiquettes, les courses à petit prix et l'activité physique au quotidien. Ils sont encadrés par la diététicienne et une infirmière. Les ateliers réunissent huit à dix patients.",
    themes: ["Alimentation / nutrition", "Activité physique"],
    publics: ["Adultes"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "health-centre",
    name: "Dépistage bucco-dentaire et conseils d'hygiène pour les familles",
    description:
      "Séances de prévention bucco-dentaire pour les enfants et leurs parents lors des consultations {de} : brossage, fluor, alimentation sucrée, premier rendez-vous chez le dentiste. Un dépistage est réalisé par la chirurgienne-dentiste avec les étudiants. Les familles repartent avec une brosse à dents et un rendez-vous si besoin.",
    themes: ["Hygiène (mains, bucco-dentaire)"],
    publics: ["Enfants de maternelle", "Élèves d'élémentaire", "Adultes"],
    schedule: "weekly",
    places: [2, 5],
  },
  {
    setting: "health-centre",
    name: "Accompagner le Mois sans tabac",
    description:
      "Pendant la campagne nationale, les étudiants tiennent un stand {à}, réalisent des mesures de monoxyde de carbone expiré et orientent les fumeurs vers les consultations d'aide à l'arrêt. Ils préparent aussi des supports pour les femmes enceintes. Le suivi des participants est assuré par les infirmières.",
    themes: ["Addictions (tabac, alcool, cannabis, écrans)"],
    publics: ["Adultes"],
    schedule: "block",
    places: [2, 6],
  },
  {
    setting: "workplace",
    name: "Prévention des troubles musculo-squelettiques au travail",
    description:
      "Les étudiants observent les postes de préparation de commandes {de} avec l'infirmier du travail, puis animent des échauffements de prise de poste et des ateliers sur les gestes et postures. Ils proposent des affiches pour les zones de pause. L'action est suivie par le comité social et économique.",
    themes: ["Activité physique"],
    publics: ["Professionnels", "Adultes"],
    schedule: "block",
    places: [2, 6],
  },
  {
    setting: "workplace",
    name: "Sommeil et travail de nuit : sensibiliser les équipes",
    description:
      "Une partie des salariés {de} travaille en horaires postés. Les étudiants animent de courtes sessions lors des relèves d'équipe sur la dette de sommeil, la sieste, l'alimentation de nuit et la conduite après un poste de nuit. Un questionnaire anonyme permet de mesurer l'intérêt des salariés.",
    themes: ["Sommeil", "Alimentation / nutrition"],
    publics: ["Professionnels"],
    schedule: "flexible",
    places: [2, 5],
  },
  {
    setting: "workplace",
    name: "Alcool, cannabis et sécurité au travail",
    description:
      "Les étudiants conçoivent avec le service de santé au travail une action de prévention des consommations à risque, sans stigmatiser : quiz, témoignages, présentation des aides. Ils interviennent lors des réunions sécurité {de}. Les managers reçoivent un guide sur la conduite à tenir.",
    themes: ["Addictions (tabac, alcool, cannabis, écrans)"],
    publics: ["Professionnels"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "workplace",
    name: "Gestes qui sauvent en entreprise",
    description:
      "Initiation des salariés {de} à l'alerte, au massage cardiaque et à l'utilisation du défibrillateur, en complément des sauveteurs secouristes du travail. Les étudiants organisent des sessions de 45 minutes sur le temps de travail. Une simulation d'arrêt cardiaque conclut l'action.",
    themes: ["Gestes qui sauvent"],
    publics: ["Professionnels"],
    schedule: "block",
    places: [2, 6],
  },
  {
    setting: "elderly",
    name: "Prévention des chutes et activité physique adaptée",
    description:
      "Les étudiants participent aux ateliers d'équilibre animés par l'enseignant en activité physique adaptée {de} et proposent un repérage du risque de chute (test de lever de chaise, chaussage, éclairage). Ils réalisent un livret illustré pour les résidents et leurs familles.",
    themes: ["Activité physique"],
    publics: ["Personnes âgées"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "elderly",
    name: "Dénutrition de la personne âgée : repas et goûters partagés",
    description:
      "Les étudiants partagent les repas et les goûters des personnes âgées {de}, observent les difficultés (appétit, mastication, hydratation) et animent des ateliers autour du goût. Ils présentent leurs constats à l'équipe soignante avec des propositions concrètes d'enrichissement des menus.",
    themes: ["Alimentation / nutrition"],
    publics: ["Personnes âgées"],
    schedule: "block",
    places: [2, 6],
  },
  {
    setting: "elderly",
    name: "Hygiène bucco-dentaire des personnes âgées",
    description:
      "Les étudiants forment les aides-soignants {de} aux soins de bouche et animent des séances auprès des personnes âgées sur l'entretien des prothèses dentaires. Un dépistage est organisé avec un chirurgien-dentiste bénévole. Le besoin a été identifié lors de l'évaluation interne de l'établissement.",
    themes: ["Hygiène (mains, bucco-dentaire)"],
    publics: ["Personnes âgées", "Professionnels"],
    schedule: "weekly",
    places: [2, 5],
  },
  {
    setting: "elderly",
    name: "Vaccination contre la grippe : informer les seniors et les soignants",
    description:
      "Avant l'hiver, les étudiants informent les personnes âgées et les professionnels {de} sur la grippe, la Covid-19 et le virus respiratoire syncytial, en lien avec le médecin coordonnateur et l'équipe d'hygiène de l'hôpital de secteur. Ils animent aussi un atelier sur les gestes barrières.",
    themes: ["Vaccination", "Hygiène (mains, bucco-dentaire)"],
    publics: ["Personnes âgées", "Professionnels"],
    schedule: "flexible",
    places: [2, 6],
  },
  {
    setting: "disability",
    name: "Vie affective et sexuelle des jeunes en institut médico-éducatif",
    description:
      "Avec la psychologue et les éducateurs {de}, les étudiants animent des séances adaptées (pictogrammes, jeux de rôle) sur l'intimité, le consentement et le corps. Les supports sont validés par l'équipe avant chaque séance. Les familles sont informées du contenu du programme.",
    themes: ["Santé sexuelle et affective"],
    publics: ["Personnes en situation de handicap", "Collégiens"],
    schedule: "weekly",
    places: [2, 4],
  },
  {
    setting: "disability",
    name: "Hygiène et autonomie : ateliers adaptés",
    description:
      "Brossage des dents, lavage des mains, douche : les étudiants construisent avec les éducateurs {de} des séquences visuelles et des ateliers pratiques pour favoriser l'autonomie des jeunes. Un temps de bilan est prévu avec chaque groupe éducatif.",
    themes: ["Hygiène (mains, bucco-dentaire)"],
    publics: ["Personnes en situation de handicap"],
    schedule: "block",
    places: [2, 4],
  },
  {
    setting: "insertion",
    name: "Santé et insertion : parcours prévention des jeunes",
    description:
      "Pendant les sessions collectives {de}, les étudiants animent des ateliers sur l'alimentation, le sommeil, les addictions et l'accès aux droits (carte Vitale, complémentaire santé). Ils présentent le bilan de santé gratuit proposé par l'Assurance maladie. Les thèmes sont ajustés aux demandes des jeunes.",
    themes: ["Alimentation / nutrition", "Addictions (tabac, alcool, cannabis, écrans)", "Santé mentale et bien-être"],
    publics: ["Jeunes en insertion"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "insertion",
    name: "Estime de soi et santé mentale des jeunes en insertion",
    description:
      "Ateliers de groupe sur l'estime de soi, la gestion du stress et les situations de mal-être, suivis d'une présentation des lieux d'écoute. Les étudiants sont accompagnés par la psychologue {de}. La participation des jeunes est libre.",
    themes: ["Santé mentale et bien-être"],
    publics: ["Jeunes en insertion"],
    schedule: "weekly",
    places: [2, 5],
  },
  {
    setting: "city",
    name: "Chaleur, moustique tigre et bons réflexes",
    description:
      "Avant l'été, les étudiants conçoivent avec le service de santé de la ville une campagne sur les fortes chaleurs et la lutte contre le moustique tigre. Ils animent des stands {à} et dans les marchés du quartier. Une attention particulière est portée aux personnes isolées.",
    themes: ["Santé environnementale"],
    publics: ["Adultes", "Personnes âgées"],
    schedule: "flexible",
    places: [3, 10],
  },
  {
    setting: "city",
    name: "Ateliers nutrition et activité physique dans les accueils de loisirs",
    description:
      "Les mercredis, les étudiants animent {à} des ateliers sur les goûters, l'eau et les jeux actifs, avec les animateurs de la ville. Un grand jeu de fin de période réunit les enfants de plusieurs accueils. Les animateurs conservent les outils créés.",
    themes: ["Alimentation / nutrition", "Activité physique"],
    publics: ["Élèves d'élémentaire"],
    schedule: "weekly",
    places: [4, 12],
  },
  {
    setting: "city",
    name: "Contrat local de santé : enquête de besoins auprès des habitants",
    description:
      "Pour préparer le prochain contrat local de santé, la ville souhaite que les étudiants mènent une enquête auprès des habitants fréquentant {le} (questionnaires, micro-trottoirs) puis proposent une action de prévention sur le besoin qu'ils auront identifié. La thématique reste donc à définir.",
    themes: ["À définir"],
    publics: ["Adultes"],
    schedule: "flexible",
    places: [4, 12],
  },
  {
    setting: "hospital",
    name: "Hygiène des mains avec les familles à l'hôpital",
    description:
      "Les étudiants animent {à} des ateliers sur l'hygiène des mains et la prévention des infections pour les familles et les visiteurs, avec l'équipe opérationnelle d'hygiène. Ils réalisent un support adapté aux enfants. L'action participe à la journée mondiale de l'hygiène des mains dans les hôpitaux.",
    themes: ["Hygiène (mains, bucco-dentaire)"],
    publics: ["Adultes", "Élèves d'élémentaire"],
    schedule: "block",
    places: [2, 6],
  },
  {
    setting: "hospital",
    name: "Adolescents hospitalisés : sommeil, écrans et bien-être",
    description:
      "Les étudiants animent des ateliers de groupe pour les adolescents suivis {à} sur le sommeil, les écrans et la gestion des émotions, avec l'équipe soignante. Ils réalisent un livret remis à la sortie d'hôpital. Les séances ont lieu en fin de journée.",
    themes: ["Sommeil", "Santé mentale et bien-être"],
    publics: ["Collégiens", "Lycéens"],
    schedule: "weekly",
    places: [2, 4],
  },
];
