import type { Permission } from "../../schema";
import type { ReferenceLabel } from "../reference";

/** What kind of place hosts the students: decides the templates, the field type and the documents asked. */
export type SiteSetting = "primary" | "secondary" | "community" | "health-centre" | "workplace" | "elderly" | "disability" | "insertion" | "hospital" | "city";

export const FIELD_TYPE_BY_SETTING: Record<SiteSetting, ReferenceLabel<"FIELD_TYPE">> = {
  primary: "Établissement scolaire",
  secondary: "Établissement scolaire",
  community: "Structure associative",
  "health-centre": "Centre de santé / maison de santé",
  workplace: "Entreprise",
  elderly: "Établissement médico-social",
  disability: "Établissement médico-social",
  insertion: "Structure d'insertion",
  hospital: "Établissement de santé",
  city: "Collectivité territoriale",
};

export type Person = { firstName: string; lastName: string; jobTitle: string };

export type SiteSeed = {
  name: string;
  street: string;
  commune: string;
  postalCode: string;
  setting: SiteSetting;
  /** The « référent de proximité » who supervises the students on site. */
  contact: Person;
};

export type UserSeed = Person & {
  email: string;
  permissions: Permission[];
  frozen?: boolean;
  /** For an inspector's school accounts: the site whose offers this user writes. */
  site?: string;
};

/** How many offers of each situation a structure gets; the order of the keys is the order of creation. */
export type OfferKind =
  | "PUBLISHED"
  | "PUBLISHED_WITH_REVISION"
  | "PENDING"
  | "VALIDATED"
  | "EXPIRED"
  | "STOPPED"
  | "DRAFT"
  | "DRAFT_INCOMPLETE"
  | "SENT_BACK"
  | "DELETED_DRAFT"
  | "DELETED_EXPIRED"
  | "DELETED_PUBLISHED";

export type StructureSeed = {
  key: string;
  name: string;
  offererType: ReferenceLabel<"OFFERER_TYPE">;
  /** Eight digits; the Luhn check digit is computed (db/seed/siren.ts). */
  sirenBase: string;
  street: string;
  addressComplement?: string;
  commune: string;
  postalCode: string;
  legalRep: { civility: "Madame" | "Monsieur"; firstName: string; lastName: string; function: string };
  description: string;
  /** Fictional domain for referents' and application emails. */
  domain: string;
  createdDaysAgo: number;
  /** Far from the training institutes: housing and transport offered more often (tutoriel Grand Est). */
  remote?: boolean;
  users: UserSeed[];
  sites: SiteSeed[];
  plan: Partial<Record<OfferKind, number>>;
};

export const ALL_PERMISSIONS: Permission[] = ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"];

/** The single administrator of an ordinary structure, with the four permissions (docs/produit.md#inscription-dun-offreur). */
export function soleAdmin(email: string, firstName: string, lastName: string, jobTitle: string): UserSeed {
  return { email, firstName, lastName, jobTitle, permissions: ALL_PERMISSIONS };
}

export type OfferTemplate = {
  setting: SiteSetting;
  name: string;
  /** 2–4 sentences; `{à}`, `{de}`, `{le}` become the host site with its preposition and article (« au collège … », « de l'école … »). */
  description: string;
  themes: ReferenceLabel<"THEME">[];
  publics: ReferenceLabel<"TARGET_PUBLIC">[];
  /** weekly → « Fractionnée », block → « Continue », flexible → « Fractionnée ou continue ». */
  schedule: "weekly" | "block" | "flexible";
  places: [number, number];
};
