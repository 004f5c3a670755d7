import { DEMO_ACCOUNTS } from "../demo-accounts";
import type { ReferenceLabel } from "../reference";
import type { Person } from "./types";

export type InstitutionSeed = {
  name: string;
  type: ReferenceLabel<"INSTITUTION_TYPE">;
  departmentCode: string;
  regionCode: "11" | "44";
  user: Person & { email: string };
  discipline: ReferenceLabel<"DISCIPLINE">;
  /** Cycled over the institution's periods. */
  promotions: string[];
  students: [number, number];
  /** Départements where the students can also go, besides the institution's own. */
  nearby: string[];
};

/** Universities and institutes declaring their students' availability (docs/produit.md#disponibilites-et-calendrier); the first holds the demo account. */
export const INSTITUTIONS: InstitutionSeed[] = [
  {
    name: "UFR de médecine – Université Paris Démo",
    type: "UFR de médecine",
    departmentCode: "75",
    regionCode: "11",
    user: { email: DEMO_ACCOUNTS.institution.email, firstName: "Marion", lastName: "Leclerc", jobTitle: "Responsable de la scolarité du service sanitaire" },
    discipline: "Médecine",
    promotions: ["DFGSM3 – groupe A", "DFGSM3 – groupe B", "DFGSM3 – groupe C", "DFGSM3 – groupe D", "DFGSM3 – étudiants en rattrapage"],
    students: [40, 120],
    nearby: ["92", "93", "94"],
  },
  {
    name: "IFSI de Saint-Denis",
    type: "IFSI",
    departmentCode: "93",
    regionCode: "11",
    user: { email: "ifsi.saint-denis@demo.sses.fr", firstName: "Christelle", lastName: "Morin", jobTitle: "Cadre formatrice" },
    discipline: "Soins infirmiers",
    promotions: ["2e année", "2e année – groupe 2", "3e année"],
    students: [30, 90],
    nearby: ["75", "95", "77"],
  },
  {
    name: "Faculté de pharmacie de Paris Démo",
    type: "Faculté de pharmacie",
    departmentCode: "75",
    regionCode: "11",
    user: { email: "pharmacie.paris@demo.sses.fr", firstName: "Jérôme", lastName: "Barre", jobTitle: "Enseignant responsable du service sanitaire" },
    discipline: "Pharmacie",
    promotions: ["DFGSP3", "DFGSP3 – parcours officine", "DFGSP3 – parcours internat"],
    students: [50, 110],
    nearby: ["92", "94", "93", "78"],
  },
  {
    name: "IFMK de Créteil",
    type: "IFMK",
    departmentCode: "94",
    regionCode: "11",
    user: { email: "ifmk.creteil@demo.sses.fr", firstName: "Romain", lastName: "Duval", jobTitle: "Directeur pédagogique" },
    discipline: "Masso-kinésithérapie",
    promotions: ["K2 (2e année)", "K2 – groupe 2", "3e année"],
    students: [20, 60],
    nearby: ["91", "77", "75"],
  },
  {
    name: "UFR de médecine de Nancy (démo)",
    type: "UFR de médecine",
    departmentCode: "54",
    regionCode: "44",
    user: { email: "ufr-medecine.nancy@demo.sses.fr", firstName: "Sandrine", lastName: "Mangin", jobTitle: "Gestionnaire de scolarité" },
    discipline: "Médecine",
    promotions: ["DFGSM3 – groupe 1", "DFGSM3 – groupe 2", "DFGSM3 – groupe 3", "DFGSM3 – groupe 4"],
    students: [60, 120],
    nearby: ["55", "57", "88"],
  },
  {
    name: "IFSI de Strasbourg",
    type: "IFSI",
    departmentCode: "67",
    regionCode: "44",
    user: { email: "ifsi.strasbourg@demo.sses.fr", firstName: "Anne", lastName: "Wolff", jobTitle: "Formatrice référente santé publique" },
    discipline: "Soins infirmiers",
    promotions: ["2e année", "L2 – semestre 4", "3e année"],
    students: [30, 90],
    nearby: ["68", "57"],
  },
  {
    name: "École de sages-femmes de Reims",
    type: "École de sages-femmes",
    departmentCode: "51",
    regionCode: "44",
    user: { email: "sages-femmes.reims@demo.sses.fr", firstName: "Claire", lastName: "Jacquet", jobTitle: "Sage-femme enseignante" },
    discipline: "Maïeutique",
    promotions: ["DFGSMa3", "L3"],
    students: [10, 35],
    nearby: ["08", "10", "52"],
  },
  {
    name: "UFR d'odontologie de Nancy (démo)",
    type: "UFR d'odontologie",
    departmentCode: "54",
    regionCode: "44",
    user: {
      email: "odontologie.nancy@demo.sses.fr",
      firstName: "Thierry",
      lastName: "Parisot",
      jobTitle: "Maître de conférences, responsable du service sanitaire",
    },
    discipline: "Odontologie",
    promotions: ["DFGSO3", "DFGSO3 – groupe 2"],
    students: [20, 60],
    nearby: ["57", "88", "55"],
  },
];

export const PERIOD_COMMENTS = [
  "Groupes de 4 à 6 étudiants, encadrés par un formateur référent.",
  "Les étudiants ont suivi la formation théorique à la prévention (six semaines) avant cette période.",
  "Vacances universitaires exclues ; merci de proposer des actions compatibles avec les partiels.",
  "Possibilité d'interventions en binôme avec des étudiants d'autres filières.",
  "Déplacements possibles dans tout le département ; hébergement souhaité au-delà de 50 km.",
  null,
];
