import { and, eq, isNull } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { offers, offerStatusHistory, type Offer } from "@/db/schema";
import { getCommune } from "@/lib/core/geo/communes";
import { AppError, notFoundError } from "@/lib/core/errors";
import type { FullContent } from "./content";
import { unknownReferenceIds } from "./references";
import { saveRevisionContent } from "./revisions";
import {
  COMMUNE_MESSAGE,
  publicationDatesError,
  type ComplementsStepValues,
  type DescriptionStepValues,
  type ModalitiesStepValues,
  type PublicationStepValues,
  type SaveOfferStepInput,
} from "./schemas";
import { CONFLICT_MESSAGE, lockOffer, logOfferActivity, throwRefusal, type Actor } from "./transitions";
import { editMode, planTransition, stepRefusal } from "./workflow";
import { one } from "@/lib/core/rows";

/**
 * Creating an offer and saving the wizard's steps (docs/produit.md#assistant-en-quatre-etapes). Drafts, pending and expired offers are
 * edited in place; a Validée / Publiée offer is edited through a revision (lib/offers/revisions.ts)
 * so that the public keeps the published version until a VALIDEUR validates the change.
 */
type StepChange =
  | { step: "description"; values: DescriptionStepValues }
  | { step: "modalities"; values: ModalitiesStepValues }
  | { step: "complements"; values: ComplementsStepValues }
  | { step: "publication"; values: PublicationStepValues };

export type SaveStepParams = StepChange & { offerId: number };
export type { SaveOfferStepInput };

type DescriptionBase = Pick<FullContent, "regionCode" | "themeIds" | "targetPublicIds" | "fieldTypeId">;

/** What only the server knows: the reference lists and the official commune list (which fixes département and région). */
async function describeColumns(tx: Tx, values: DescriptionStepValues, base: DescriptionBase, structureRegion: string): Promise<Partial<FullContent>> {
  const errors: Record<string, string[]> = {};
  const [themes, publics, fieldTypes] = await Promise.all([
    unknownReferenceIds(tx, "THEME", values.themeIds, base.themeIds),
    unknownReferenceIds(tx, "TARGET_PUBLIC", values.targetPublicIds, base.targetPublicIds),
    unknownReferenceIds(tx, "FIELD_TYPE", values.fieldTypeId ? [values.fieldTypeId] : [], base.fieldTypeId ? [base.fieldTypeId] : []),
  ]);
  if (themes.length > 0) errors.themeIds = ["Choisissez les thématiques dans la liste proposée"];
  if (publics.length > 0) errors.targetPublicIds = ["Choisissez les publics cibles dans la liste proposée"];
  if (fieldTypes.length > 0) errors.fieldTypeId = ["Choisissez un type de terrain d'action dans la liste"];

  let place: Pick<FullContent, "communeCode" | "communeName" | "departmentCode" | "regionCode"> = {
    communeCode: null,
    communeName: null,
    departmentCode: null,
    regionCode: structureRegion,
  };
  if (values.communeCode) {
    const commune = values.postalCode ? getCommune(values.communeCode, values.postalCode) : null;
    if (!commune) errors.communeCode = [COMMUNE_MESSAGE];
    else place = { communeCode: commune.code, communeName: commune.name, departmentCode: commune.departmentCode, regionCode: commune.regionCode };
  }
  if (Object.keys(errors).length > 0) throw new AppError("INVALID", "Le formulaire contient des erreurs : corrigez les champs signalés.", errors);

  return {
    name: values.name,
    description: values.description ?? "",
    themeIds: values.themeIds,
    targetPublicIds: values.targetPublicIds,
    places: values.places,
    hostSiteName: values.hostSiteName,
    street: values.street,
    postalCode: values.postalCode,
    ...place,
    fieldTypeId: values.fieldTypeId,
    referentName: values.referentName,
    referentJobTitle: values.referentJobTitle,
    referentPhone: values.referentPhone,
    referentEmail: values.referentEmail,
    localReferentName: values.localReferentName,
    localReferentJobTitle: values.localReferentJobTitle,
    localReferentPhone: values.localReferentPhone,
    localReferentEmail: values.localReferentEmail,
    applicationEmail: values.applicationEmail,
  };
}

async function stepColumns(tx: Tx, change: StepChange, offer: Offer, today: string, structureRegion: string): Promise<Partial<FullContent>> {
  switch (change.step) {
    case "description":
      return describeColumns(tx, change.values, offer, structureRegion);
    case "modalities":
      return { ...change.values, weeklySlots: change.values.weeklySlots };
    case "complements":
      return change.values;
    case "publication": {
      const { publicationStart, publicationEnd } = change.values;
      // A start already saved in the past may stay (editing the end later); a new one may not.
      const earliest = offer.publicationStart && offer.publicationStart < today ? offer.publicationStart : today;
      const error = publicationDatesError(publicationStart, publicationEnd, earliest);
      if (error) throw new AppError("INVALID", error.message, { [error.field]: [error.message] });
      return { publicationStart, publicationEnd };
    }
  }
}

export async function createOffer(actor: Actor, values: DescriptionStepValues): Promise<{ offerId: number }> {
  if (!actor.structureId || !actor.regionCode) throw notFoundError("Cette structure");
  const structureId = actor.structureId;
  const structureRegion = actor.regionCode;
  return db.transaction(async (tx) => {
    const base = { regionCode: structureRegion, themeIds: [], targetPublicIds: [], fieldTypeId: null };
    const columns = await describeColumns(tx, values, base, structureRegion);
    const offer = one(
      await tx
        .insert(offers)
        .values({ ...columns, name: values.name, regionCode: columns.regionCode ?? structureRegion, structureId, state: "DRAFT", authorId: actor.id })
        .returning(),
    );
    await tx.insert(offerStatusHistory).values({ offerId: offer.id, fromState: null, toState: "DRAFT", actorId: actor.id, action: "create" });
    await logOfferActivity(tx, { offer, actor, verb: "created", summary: `${actor.displayName} a créé l'offre « ${offer.name} ».`, to: "DRAFT" });
    return { offerId: offer.id };
  });
}

/** « Enregistrer le brouillon », « Suivant », « ← Retour »: one step saved, in place or in the revision. */
export async function saveOfferStep(actor: Actor, change: SaveStepParams, today: string): Promise<{ offerId: number; mode: "direct" | "revision" }> {
  return db.transaction(async (tx) => {
    const offer = await lockOffer(tx, change.offerId, actor);
    const plan = planTransition("edit", offer, actor, today);
    if (!plan.ok) throwRefusal(plan);
    if (!offer) throw notFoundError("Cette offre");
    const mode = editMode(offer.state);
    const refusal = stepRefusal(offer.state, change.step);
    if (refusal) throw new AppError("CONFLICT", refusal);
    const columns = await stepColumns(tx, change, offer, today, actor.regionCode ?? offer.regionCode);
    if (mode === "revision") {
      await saveRevisionContent(tx, offer, actor, columns);
      return { offerId: offer.id, mode };
    }
    const [updated] = await tx
      .update(offers)
      .set({ ...columns, version: offer.version + 1, updatedAt: new Date() })
      .where(and(eq(offers.id, offer.id), eq(offers.structureId, offer.structureId), eq(offers.state, offer.state), isNull(offers.deletedAt)))
      .returning({ id: offers.id });
    if (!updated) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
    return { offerId: offer.id, mode };
  });
}
