import type { Permission, UserKind } from "../schema";

/** The demo accounts listed in the README; the e2e suite logs in with them. */
export const DEMO_PASSWORD = "Prevention-en-sante-2026";

export type DemoAccount = {
  key: string;
  email: string;
  kind: UserKind;
  label: string;
  permissions: Permission[];
  home: string;
};

export const DEMO_ACCOUNTS = {
  adminIdf: {
    key: "adminIdf",
    email: "ars.idf@demo.sses.fr",
    kind: "REGIONAL_ADMIN",
    label: "Administrateur régional Île-de-France",
    permissions: [],
    home: "/admin",
  },
  adminGrandEst: {
    key: "adminGrandEst",
    email: "ars.grandest@demo.sses.fr",
    kind: "REGIONAL_ADMIN",
    label: "Administrateur régional Grand Est",
    permissions: [],
    home: "/admin",
  },
  offererAdmin: {
    key: "offererAdmin",
    email: "direction@demo.sses.fr",
    kind: "OFFERER",
    label: "Administrateur offreur (les quatre permissions)",
    permissions: ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"],
    home: "/espace",
  },
  manager: {
    key: "manager",
    email: "gestionnaire@demo.sses.fr",
    kind: "OFFERER",
    label: "Gestionnaire d'offres seulement",
    permissions: ["GESTIONNAIRE"],
    home: "/espace",
  },
  validator: {
    key: "validator",
    email: "valideur@demo.sses.fr",
    kind: "OFFERER",
    label: "Valideur d'offres seulement",
    permissions: ["VALIDEUR"],
    home: "/espace",
  },
  viewer: {
    key: "viewer",
    email: "consultation@demo.sses.fr",
    kind: "OFFERER",
    label: "Consultation d'offres seulement",
    permissions: ["CONSULTATION"],
    home: "/espace",
  },
  institution: {
    key: "institution",
    email: "universite@demo.sses.fr",
    kind: "INSTITUTION",
    label: "Utilisateur d'établissement de formation",
    permissions: [],
    home: "/espace/disponibilites",
  },
  frozen: {
    key: "frozen",
    email: "compte.gele@demo.sses.fr",
    kind: "OFFERER",
    label: "Compte gelé (ne peut pas se connecter)",
    permissions: ["GESTIONNAIRE"],
    home: "/espace",
  },
  // The guides' inspector case (docs/produit.md#cas-dorganisation): one IEN validates what the schools of the circonscription write.
  inspector: {
    key: "inspector",
    email: "ien.nancy@demo.sses.fr",
    kind: "OFFERER",
    label: "Inspecteur de l'Éducation nationale, Grand Est (administrateur et valideur)",
    permissions: ["ADMIN", "VALIDEUR"],
    home: "/espace",
  },
  schoolManager: {
    key: "schoolManager",
    email: "ecole.jaures@demo.sses.fr",
    kind: "OFFERER",
    label: "Directrice d'école de la circonscription (gestionnaire d'offres)",
    permissions: ["GESTIONNAIRE"],
    home: "/espace",
  },
} satisfies Record<string, DemoAccount>;
