import type { ReferenceLabel } from "../reference";

/** Sign-up requests waiting in the admins' queue (docs/produit.md#inscription-dun-offreur), plus one refused. The accepted one is built from a structure. */
export type SignupSeed = {
  offererType: ReferenceLabel<"OFFERER_TYPE">;
  name: string;
  /** Eight digits (check digit computed), or the key of an existing structure whose SIREN is reused. */
  sirenBase: string | { sameAs: string };
  street: string;
  addressComplement?: string;
  commune: string;
  postalCode: string;
  legalRep: { civility: "Madame" | "Monsieur"; firstName: string; lastName: string; function: string };
  description: string;
  admin: { firstName: string; lastName: string; jobTitle: string; email: string };
  daysAgo: number;
  refusalReason?: string;
};

export const SIGNUPS: SignupSeed[] = [
  {
    offererType: "Autre",
    name: "Foyer de jeunes travailleurs Les Lilas",
    sirenBase: "44185029",
    street: "31 rue Hoche",
    commune: "93055",
    postalCode: "93500",
    legalRep: { civility: "Madame", firstName: "Joëlle", lastName: "Besnard", function: "Directrice" },
    description:
      "Résidence de 120 logements pour jeunes actifs et apprentis de 18 à 30 ans. Nous souhaitons accueillir des étudiants pour des ateliers sur le sommeil, l'alimentation et les addictions, en soirée.",
    admin: { firstName: "Yacine", lastName: "Hamidi", jobTitle: "Animateur socio-éducatif", email: "y.hamidi@fjt-les-lilas.exemple.fr" },
    daysAgo: 1,
  },
  {
    offererType: "Établissement scolaire public",
    name: "Collège Victor-Hugo de Massy",
    sirenBase: "19910782",
    street: "12 avenue du Noyer-Lambert",
    commune: "91377",
    postalCode: "91300",
    legalRep: { civility: "Monsieur", firstName: "Alain", lastName: "Ferrand", function: "Principal" },
    description:
      "Collège de 620 élèves classé en réseau d'éducation prioritaire. Le comité d'éducation à la santé souhaite proposer des actions sur le harcèlement et les écrans en 6e et 5e.",
    admin: { firstName: "Véronique", lastName: "Pelletier", jobTitle: "Infirmière scolaire", email: "infirmerie.college-hugo-massy@exemple.fr" },
    daysAgo: 4,
  },
  {
    offererType: "Entreprise",
    name: "Pharmacie du Marché de Melun",
    sirenBase: "81673920",
    street: "5 place Saint-Jean",
    commune: "77288",
    postalCode: "77000",
    legalRep: { civility: "Madame", firstName: "Hélène", lastName: "Baudry", function: "Pharmacienne titulaire" },
    description:
      "Officine de centre-ville engagée dans la vaccination et les entretiens pharmaceutiques. Nous proposons d'accueillir des étudiants en pharmacie pour des actions de prévention au comptoir et sur le marché.",
    admin: { firstName: "Hélène", lastName: "Baudry", jobTitle: "Pharmacienne titulaire", email: "contact@pharmacie-marche-melun.exemple.fr" },
    daysAgo: 2,
  },
  {
    offererType: "Entreprise",
    name: "Bien-Être Zen Coaching",
    sirenBase: "90124587",
    street: "88 route de la Reine",
    commune: "92012",
    postalCode: "92100",
    legalRep: { civility: "Monsieur", firstName: "Ludovic", lastName: "Armand", function: "Gérant" },
    description: "Cabinet de coaching bien-être et de vente de compléments alimentaires. Nous cherchons des étudiants pour animer nos ateliers clients.",
    admin: { firstName: "Ludovic", lastName: "Armand", jobTitle: "Gérant", email: "ludovic@bienetre-zen.exemple.fr" },
    daysAgo: 20,
    refusalReason:
      "Votre structure propose des prestations commerciales (coaching, vente de compléments alimentaires) sans lien avec une action de prévention encadrée : elle ne peut pas accueillir d'étudiants du service sanitaire. Si votre projet évolue, écrivez-nous via le formulaire d'assistance.",
  },
  {
    offererType: "Association",
    name: "Association Sport Santé Moselle",
    sirenBase: "53816407",
    street: "7 place Anne-Morgan",
    commune: "57672",
    postalCode: "57100",
    legalRep: { civility: "Monsieur", firstName: "Patrice", lastName: "Hoffmann", function: "Président" },
    description:
      "Association d'activité physique adaptée pour les personnes atteintes de maladies chroniques et les seniors du nord mosellan. Nous souhaitons construire avec des étudiants des ateliers sur la sédentarité.",
    admin: {
      firstName: "Laura",
      lastName: "Becker",
      jobTitle: "Enseignante en activité physique adaptée",
      email: "laura.becker@sport-sante-moselle.exemple.fr",
    },
    daysAgo: 3,
  },
  {
    offererType: "Entreprise",
    name: "Ardennes Métallurgie SA – site de Sedan",
    // Same SIREN as the existing structure: the admin's queue must warn about it (docs/produit.md#inscription-dun-offreur).
    sirenBase: { sameAs: "ardennes-metallurgie" },
    street: "12 rue de Bouillon",
    commune: "08409",
    postalCode: "08200",
    legalRep: { civility: "Monsieur", firstName: "Gérard", lastName: "Pierson", function: "Président-directeur général" },
    description:
      "Second site de production du groupe (140 salariés). La responsable des ressources humaines souhaite publier ses propres offres de prévention pour les équipes de nuit.",
    admin: { firstName: "Karine", lastName: "Dupuis", jobTitle: "Responsable des ressources humaines", email: "k.dupuis@ardennes-metallurgie.exemple.fr" },
    daysAgo: 1,
  },
  {
    offererType: "Établissement médico-social",
    name: "EHPAD Le Clos Fleuri",
    sirenBase: "26670513",
    street: "14 rue du Foulon",
    commune: "67180",
    postalCode: "67500",
    legalRep: { civility: "Madame", firstName: "Francine", lastName: "Ott", function: "Directrice" },
    description:
      "EHPAD public de 80 lits rattaché au centre hospitalier. L'équipe souhaite accueillir des étudiants sur la prévention des chutes et la dénutrition.",
    admin: { firstName: "Stéphanie", lastName: "Roth", jobTitle: "Cadre de santé", email: "s.roth@clos-fleuri.exemple.fr" },
    daysAgo: 6,
  },
];

export const FAQ = [
  {
    theme: "Compte et connexion",
    question: "Comment créer un compte pour ma structure ?",
    answer:
      "Depuis la page d'accueil ou la page de connexion, choisissez « Créer un compte offreur » et renseignez les informations de votre structure puis celles de l'administrateur du compte. L'agence régionale de santé examine votre demande ; vous recevez ensuite un courriel avec un lien d'activation, valable 72 heures, pour choisir votre mot de passe.",
  },
  {
    theme: "Compte et connexion",
    question: "J'ai oublié mon mot de passe, que faire ?",
    answer:
      "Cliquez sur « Mot de passe oublié ? » sur la page de connexion et saisissez votre adresse électronique. Si un compte existe, vous recevez un lien à usage unique pour choisir un nouveau mot de passe. Aucun mot de passe n'est jamais envoyé par courriel.",
  },
  {
    theme: "Compte et connexion",
    question: "Plusieurs personnes de ma structure peuvent-elles publier des offres ?",
    answer:
      "Oui. L'administrateur de la structure crée les comptes de ses collègues dans « Utilisateurs » et leur attribue des permissions cumulables : consultation, gestionnaire d'offres, valideur d'offres, administrateur. Une adresse électronique ne peut servir qu'à un seul compte.",
  },
  {
    theme: "Offres",
    question: "Pourquoi mon offre n'apparaît-elle pas sur le site public ?",
    answer:
      "Une offre n'est visible qu'une fois validée et entre ses dates de début et de fin de publication. Une offre « Validée » dont la date de début est à venir sera publiée automatiquement ce jour-là. Vérifiez son état dans le menu « Offres ».",
  },
  {
    theme: "Offres",
    question: "Que signifie la thématique « À définir » ?",
    answer:
      "Choisissez-la si vous souhaitez que les étudiants réalisent eux-mêmes un diagnostic des besoins de votre public avant de choisir le thème de leur action.",
  },
  {
    theme: "Offres",
    question: "Puis-je modifier une offre déjà publiée ?",
    answer:
      "Oui. La modification est enregistrée comme une révision soumise à validation ; tant qu'elle n'est pas validée, le public continue de voir la version publiée. Évitez les changements importants qui désorganiseraient les établissements de formation.",
  },
  {
    theme: "Calendrier",
    question: "À quoi sert le calendrier ?",
    answer:
      "Il présente les périodes pendant lesquelles les étudiants des universités et instituts de formation de votre région sont disponibles, par discipline et par département. Il vous aide à proposer des périodes d'accueil réalistes.",
  },
  {
    theme: "Calendrier",
    question: "Je suis un établissement de formation : comment déclarer les disponibilités de mes étudiants ?",
    answer:
      "Connectez-vous avec le compte créé par l'agence régionale de santé, puis ouvrez « Disponibilités ». Pour chaque promotion, indiquez la discipline, le nombre d'étudiants, les dates, la modalité (en continu ou en fractionné), les demi-journées et les départements possibles.",
  },
  {
    theme: "Calendrier",
    question: "Comment exporter le calendrier ?",
    answer: "Les boutons d'export du calendrier produisent un fichier CSV, lisible dans un tableur, et un fichier iCalendar, à importer dans votre agenda.",
  },
];
