import { z } from "zod";
import type { ReferenceKind } from "@/db/schema/enums";
import { requiredText } from "@/lib/core/validation/common";

/**
 * The editable reference lists of /admin/referentiels (docs/produit.md#pouvoirs-de-lars). Client-safe (the forms import it):
 * the kinds are written out here rather than read from the Drizzle enum, which would pull
 * drizzle-orm into the browser bundle; `satisfies` keeps both in step.
 */
export const REFERENCE_KINDS = [
  "THEME",
  "TARGET_PUBLIC",
  "FIELD_TYPE",
  "OFFERER_TYPE",
  "DISCIPLINE",
  "INSTITUTION_TYPE",
] as const satisfies readonly ReferenceKind[];

type KindText = {
  /** The URL segment of its tab (`?liste=`), French like every URL the user sees. */
  slug: string;
  title: string;
  /** « Nouvelle thématique »: the add form's legend. */
  newItem: string;
  /** Where an item of this list is used, singular and plural (« 1 offre », « 3 offres »). */
  usage: [string, string];
  /** Where an inactive item disappears from, with its French preposition (« du formulaire… »). */
  usedIn: string;
};

export const REFERENCE_KIND_TEXT: Record<ReferenceKind, KindText> = {
  THEME: {
    slug: "thematiques",
    title: "Thématiques",
    newItem: "Nouvelle thématique",
    usage: ["offre", "offres"],
    usedIn: "du formulaire des offres et des filtres du catalogue public",
  },
  TARGET_PUBLIC: {
    slug: "publics-cibles",
    title: "Publics cibles",
    newItem: "Nouveau public cible",
    usage: ["offre", "offres"],
    usedIn: "du formulaire des offres et des filtres du catalogue public",
  },
  FIELD_TYPE: {
    slug: "types-de-terrain",
    title: "Types de terrain d'action",
    newItem: "Nouveau type de terrain",
    usage: ["offre", "offres"],
    usedIn: "du formulaire des offres et des filtres du catalogue public",
  },
  OFFERER_TYPE: {
    slug: "types-d-offreur",
    title: "Types d'offreur",
    newItem: "Nouveau type d'offreur",
    usage: ["structure", "structures"],
    usedIn: "de l'inscription des offreurs et de « Mon compte offreur »",
  },
  DISCIPLINE: {
    slug: "disciplines",
    title: "Disciplines",
    newItem: "Nouvelle discipline",
    usage: ["période de disponibilité", "périodes de disponibilité"],
    usedIn: "du formulaire des disponibilités et des filtres du calendrier",
  },
  INSTITUTION_TYPE: {
    slug: "types-d-etablissement",
    title: "Types d'établissement",
    newItem: "Nouveau type d'établissement",
    usage: ["établissement", "établissements"],
    usedIn: "du formulaire des établissements de formation",
  },
};

/** The tab of a `?liste=` value; an unknown or missing one shows the first list. */
export function kindOfSlug(slug: unknown): ReferenceKind {
  return REFERENCE_KINDS.find((kind) => REFERENCE_KIND_TEXT[kind].slug === slug) ?? REFERENCE_KINDS[0];
}

export const LABEL_MAX = 120;
export const DUPLICATE_LABEL_MESSAGE = "Cet intitulé existe déjà dans cette liste";

const labelSchema = requiredText("Intitulé", LABEL_MAX).pipe(z.string().transform((value) => value.replace(/\s+/g, " ")));

const itemIdSchema = z.coerce.number({ error: "Élément introuvable" }).int({ error: "Élément introuvable" }).positive({ error: "Élément introuvable" });

export const addReferenceItemSchema = z.object({
  kind: z.enum(REFERENCE_KINDS, { error: "Liste inconnue" }),
  label: labelSchema,
});
export type AddReferenceItemInput = z.input<typeof addReferenceItemSchema>;

export const renameReferenceItemSchema = z.object({ itemId: itemIdSchema, label: labelSchema });
export type RenameReferenceItemInput = z.input<typeof renameReferenceItemSchema>;

export const referenceItemRefSchema = z.object({ itemId: itemIdSchema });

export const moveReferenceItemSchema = z.object({ itemId: itemIdSchema, direction: z.enum(["up", "down"], { error: "Sens inconnu" }) });
