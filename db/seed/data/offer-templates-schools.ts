import type { OfferTemplate } from "./types";

/** Offers of schools (maternelle to lycée): the most common hosts of the service sanitaire. */
export const SCHOOL_TEMPLATES: OfferTemplate[] = [
  {
    setting: "primary",
    name: "Atelier nutrition et petit-déjeuner équilibré en CE2",
    description:
      "Les étudiants préparent avec les élèves de CE2 {de} un petit-déjeuner équilibré pris en classe, puis animent trois séances sur les groupes d'aliments, les boissons sucrées et l'écoute de la faim. Une exposition réalisée par les élèves est présentée aux familles en fin de cycle. Le projet s'appuie sur le programme national nutrition santé.",
    themes: ["Alimentation / nutrition"],
    publics: ["Élèves d'élémentaire"],
    schedule: "weekly",
    places: [3, 8],
  },
  {
    setting: "primary",
    name: "Dépistage et prévention bucco-dentaire en maternelle",
    description:
      "En moyenne et grande section, les étudiants animent des ateliers de brossage des dents avec une mâchoire géante, des comptines et un jeu sur les aliments sucrés. Un dépistage visuel est proposé en lien avec le programme M'T dents et les familles reçoivent un livret de conseils. L'équipe {de} souhaite associer les parents lors d'un café des familles.",
    themes: ["Hygiène (mains, bucco-dentaire)", "Alimentation / nutrition"],
    publics: ["Enfants de maternelle"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "primary",
    name: "Les mains propres, ça s'apprend : hygiène des mains en grande section",
    description:
      "Séances courtes et ludiques sur le lavage des mains, la toux dans le coude et les microbes, avec une boîte à UV pour rendre visibles les mains mal lavées. Les étudiants réalisent avec les enfants des affiches pour les toilettes {de}. Une restitution est prévue avec l'ATSEM et l'enseignante.",
    themes: ["Hygiène (mains, bucco-dentaire)"],
    publics: ["Enfants de maternelle"],
    schedule: "weekly",
    places: [2, 6],
  },
  {
    setting: "primary",
    name: "Sensibilisation au sommeil et aux écrans en CM1-CM2",
    description:
      "Beaucoup d'élèves arrivent fatigués le matin : l'équipe enseignante {de} souhaite travailler sur les rythmes de sommeil et l'usage des écrans le soir. Les étudiants conçoivent un agenda du sommeil, un débat mouvant et un défi « une semaine sans écran avant de dormir ». Une réunion d'information pour les parents clôt le projet.",
    themes: ["Sommeil", "Addictions (tabac, alcool, cannabis, écrans)"],
    publics: ["Élèves d'élémentaire"],
    schedule: "weekly",
    places: [4, 10],
  },
  {
    setting: "primary",
    name: "Bouger plus, rester moins assis : activité physique au cycle 3",
    description:
      "Les étudiants mesurent avec les élèves le temps passé assis et proposent des pauses actives en classe et des jeux de cour. Ils animent un atelier sur les bienfaits de l'activité physique pour le cœur et le moral. Le projet {de} s'inscrit dans le label Génération 2024 de l'école.",
    themes: ["Activité physique"],
    publics: ["Élèves d'élémentaire"],
    schedule: "weekly",
    places: [3, 8],
  },
  {
    setting: "primary",
    name: "Apprendre à porter secours en CM2",
    description:
      "Initiation des élèves de CM2 à l'alerte des secours (15, 18, 112), à la position latérale de sécurité et à la protection d'une victime, selon le programme « Apprendre à porter secours ». Les étudiants s'appuient sur des mises en situation filmées et sur la visite des urgences pédiatriques d'un des hôpitaux du secteur quand elle est possible. Une attestation est remise aux élèves.",
    themes: ["Gestes qui sauvent"],
    publics: ["Élèves d'élémentaire"],
    schedule: "flexible",
    places: [4, 10],
  },
  {
    setting: "primary",
    name: "Vivre ensemble et prévenir le harcèlement à l'école",
    description:
      "À partir du programme pHARe, les étudiants animent des séances sur les émotions, l'empathie et le rôle des témoins. Les élèves {de} construisent une charte de la cour de récréation et un jeu de l'oie du respect. Les enseignants souhaitent des outils réutilisables les années suivantes.",
    themes: ["Harcèlement", "Santé mentale et bien-être"],
    publics: ["Élèves d'élémentaire"],
    schedule: "weekly",
    places: [4, 8],
  },
  {
    setting: "primary",
    name: "Projet santé de l'école : thématique à construire avec l'équipe",
    description:
      "L'équipe {de} souhaite que les étudiants réalisent d'abord un diagnostic des besoins (questionnaires aux familles, échanges avec les enseignants et l'infirmière) avant de choisir la thématique. Les actions sont ensuite conçues et animées dans deux ou trois classes. Cette offre convient à des étudiants qui aiment la démarche de projet.",
    themes: ["À définir"],
    publics: ["Élèves d'élémentaire", "Enfants de maternelle"],
    schedule: "flexible",
    places: [4, 12],
  },
  {
    setting: "secondary",
    name: "Prévention des conduites addictives au lycée professionnel",
    description:
      "Tabac, alcool, cannabis, protoxyde d'azote : les étudiants animent des séances interactives en demi-classe de seconde, fondées sur le développement des compétences psychosociales. Ils présentent la consultation jeunes consommateurs la plus proche {de}. Un stand est tenu lors de la journée santé de l'établissement.",
    themes: ["Addictions (tabac, alcool, cannabis, écrans)"],
    publics: ["Lycéens"],
    schedule: "weekly",
    places: [4, 12],
  },
  {
    setting: "secondary",
    name: "Éducation à la vie affective et sexuelle en classe de 4e",
    description:
      "Dans le cadre des trois séances annuelles d'éducation à la vie affective, relationnelle et sexuelle, les étudiants co-animent avec l'infirmière des ateliers sur le consentement, les relations et la contraception. Les questions des élèves sont recueillies de façon anonyme. Une formation préalable d'une demi-journée est assurée {à}.",
    themes: ["Santé sexuelle et affective"],
    publics: ["Collégiens"],
    schedule: "weekly",
    places: [4, 10],
  },
  {
    setting: "secondary",
    name: "Écrans, réseaux sociaux et sommeil : ateliers en 6e",
    description:
      "L'arrivée au collège s'accompagne souvent du premier téléphone. Les étudiants animent des ateliers sur le temps d'écran, les réseaux sociaux et leurs effets sur le sommeil, avec un quiz et un défi collectif. Les résultats d'un court questionnaire sont présentés aux parents des élèves {de}.",
    themes: ["Sommeil", "Addictions (tabac, alcool, cannabis, écrans)"],
    publics: ["Collégiens"],
    schedule: "weekly",
    places: [4, 10],
  },
  {
    setting: "secondary",
    name: "Prévenir le harcèlement et le cyberharcèlement au collège",
    description:
      "Les étudiants forment les élèves ambassadeurs et animent des séances en 5e sur le harcèlement, le cyberharcèlement et le numéro 3018. Ils aident l'équipe {de} à préparer la journée nationale de lutte contre le harcèlement. Une attention particulière est portée au rôle des témoins.",
    themes: ["Harcèlement", "Santé mentale et bien-être"],
    publics: ["Collégiens"],
    schedule: "weekly",
    places: [4, 8],
  },
  {
    setting: "secondary",
    name: "Vaccination contre les papillomavirus : informer les élèves de 5e et leurs familles",
    description:
      "Avant la campagne de vaccination au collège, les étudiants informent les élèves sur les papillomavirus et la vaccination, et répondent aux questions des familles lors d'une réunion. Ils préparent des supports adaptés et tiennent une permanence d'information {à}. L'action est menée avec le centre de vaccination du département.",
    themes: ["Vaccination", "Santé sexuelle et affective"],
    publics: ["Collégiens", "Adultes"],
    schedule: "flexible",
    places: [3, 8],
  },
  {
    setting: "secondary",
    name: "Bien-être et gestion du stress avant les examens",
    description:
      "Ateliers de gestion du stress (respiration, sommeil, organisation des révisions) pour les élèves de terminale et de première, et repérage des signes de mal-être. Les étudiants présentent les ressources d'aide, dont la maison des adolescents et les consultations de l'hôpital. Les séances ont lieu au CDI {de}.",
    themes: ["Santé mentale et bien-être", "Sommeil"],
    publics: ["Lycéens"],
    schedule: "weekly",
    places: [3, 8],
  },
  {
    setting: "secondary",
    name: "Alimentation et sport : ateliers avec la section sportive",
    description:
      "Les élèves de la section sportive {de} s'entraînent beaucoup mais déjeunent peu : les étudiants animent des ateliers sur l'hydratation, la récupération et les boissons énergisantes. Ils construisent avec le chef de cuisine un menu de veille de compétition. Une séance est ouverte aux familles.",
    themes: ["Alimentation / nutrition", "Activité physique"],
    publics: ["Collégiens", "Lycéens"],
    schedule: "weekly",
    places: [3, 6],
  },
  {
    setting: "secondary",
    name: "Gestes qui sauvent pour les délégués de classe",
    description:
      "Formation des délégués de classe aux gestes qui sauvent : alerte, massage cardiaque, utilisation du défibrillateur {de}. Les étudiants encadrent ensuite les délégués qui transmettent ces gestes à leur classe. La séance de restitution est organisée avec les sapeurs-pompiers.",
    themes: ["Gestes qui sauvent"],
    publics: ["Lycéens", "Collégiens"],
    schedule: "block",
    places: [4, 10],
  },
];
