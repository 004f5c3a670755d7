import { referenceItems, type ReferenceKind } from "../schema";
import type { DbOrTx } from "../client";

/**
 * The editable reference lists (docs/produit.md#pouvoirs-de-lars), in display order. Labels come from the regional guides
 * (seeds 001, 002); regional admins may add, rename or deactivate items afterwards, so this only
 * inserts what is missing and never overwrites their changes.
 */
export const REFERENCE_LISTS = {
  THEME: [
    "Alimentation / nutrition",
    "Activité physique",
    "Addictions (tabac, alcool, cannabis, écrans)",
    "Santé sexuelle et affective",
    "Vaccination",
    "Hygiène (mains, bucco-dentaire)",
    "Sommeil",
    "Santé mentale et bien-être",
    "Gestes qui sauvent",
    "Santé environnementale",
    "Harcèlement",
    // « À définir » (docs/produit.md#assistant-en-quatre-etapes): for structures that want the students to assess the need themselves; last on purpose.
    "À définir",
  ],
  TARGET_PUBLIC: [
    "Enfants de maternelle",
    "Élèves d'élémentaire",
    "Collégiens",
    "Lycéens",
    "Étudiants",
    "Jeunes en insertion",
    "Adultes",
    "Personnes âgées",
    "Personnes en situation de handicap",
    "Personnes en situation de précarité",
    "Professionnels",
  ],
  FIELD_TYPE: [
    "Établissement scolaire",
    "Structure associative",
    "Centre de santé / maison de santé",
    "Collectivité territoriale",
    "Entreprise",
    "Établissement médico-social",
    "Structure d'insertion",
    "Établissement de santé",
  ],
  OFFERER_TYPE: [
    "Établissement scolaire public",
    "Établissement scolaire privé",
    "Circonscription / inspection de l'Éducation nationale",
    "Association",
    "Collectivité territoriale",
    "Centre de santé",
    "Entreprise",
    "Établissement médico-social",
    "Autre",
  ],
  DISCIPLINE: ["Médecine", "Pharmacie", "Maïeutique", "Odontologie", "Masso-kinésithérapie", "Soins infirmiers"],
  INSTITUTION_TYPE: ["UFR de médecine", "Faculté de pharmacie", "IFSI", "École de sages-femmes", "IFMK", "UFR d'odontologie"],
} as const satisfies Record<ReferenceKind, readonly string[]>;

export type ReferenceLabel<K extends ReferenceKind> = (typeof REFERENCE_LISTS)[K][number];

/**
 * Idempotent: run on every database at start, demo or not. Only a list that has no item at all is
 * filled: once regional admins have renamed or deleted « Vaccination » (/admin/referentiels), the
 * next start must not bring the old label back as a new item.
 */
export async function seedReferenceData(db: DbOrTx): Promise<void> {
  const present = new Set((await db.selectDistinct({ kind: referenceItems.kind }).from(referenceItems)).map((row) => row.kind));
  const rows = (Object.keys(REFERENCE_LISTS) as ReferenceKind[])
    .filter((kind) => !present.has(kind))
    .flatMap((kind) => REFERENCE_LISTS[kind].map((label, index) => ({ kind, label, position: index + 1 })));
  if (rows.length === 0) return;
  await db
    .insert(referenceItems)
    .values(rows)
    .onConflictDoNothing({ target: [referenceItems.kind, referenceItems.label] });
}

export type ReferenceIds = <K extends ReferenceKind>(kind: K, label: ReferenceLabel<K>) => number;

/** Resolves labels to ids, failing loudly on a label that is not in the database. */
export async function loadReferenceIds(db: DbOrTx): Promise<ReferenceIds> {
  const rows = await db.select({ id: referenceItems.id, kind: referenceItems.kind, label: referenceItems.label }).from(referenceItems);
  const ids = new Map(rows.map((row) => [`${row.kind}:${row.label}`, row.id]));
  return (kind, label) => {
    const id = ids.get(`${kind}:${label}`);
    if (id === undefined) throw new Error(`Élément de référentiel introuvable : ${kind} « ${label} »`);
    return id;
  };
}
