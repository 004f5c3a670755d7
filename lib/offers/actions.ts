"use server";

import { and, eq, isNull } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { db } from "@/db/client";
import { offers } from "@/db/schema";
import type { SessionUser } from "@/lib/core/auth/session";
import { defineAction } from "@/lib/core/actions/define-action";
import { today } from "@/lib/core/dates/clock";
import { attachUploadedOfferAttachment, removeOfferAttachment, uploadOfferAttachment } from "./attachments";
import { createOffer, saveOfferStep } from "./editing";
import {
  changePublicationDates,
  deleteOffer,
  duplicateOffer,
  extendPublication,
  renewPublication,
  sendBackOffer,
  stopPublication,
  submitOffer,
  validateOffer,
} from "./lifecycle";
import { discardRevision, findOpenRevision, sendBackRevision, submitRevision, validateRevision } from "./revisions";
import {
  attachmentAttachSchema,
  attachmentRemoveSchema,
  attachmentUploadSchema,
  createOfferSchema,
  changePublicationDatesSchema,
  extendPublicationSchema,
  offerRefSchema,
  renewPublicationSchema,
  saveOfferStepSchema,
  sendBackSchema,
} from "./schemas";
import { editMode } from "./workflow";

/**
 * Every write of the offer lifecycle, each through the one door (session, capability, zod). The
 * offer id comes from the route and is re-checked against the caller's structure inside each
 * operation; payloads cannot carry a state or a structure (unknown keys are stripped).
 * lib/offers/authorization.integration.test.ts fails if an action here has no entry in its matrix.
 */
function refreshSpace(offerId?: number) {
  revalidatePath("/espace", "layout");
  if (offerId) revalidatePath(`/espace/offres/${offerId}`);
}

export const createOfferAction = defineAction({
  access: "offer.create",
  schema: createOfferSchema,
  handler: async ({ values }, { user }) => {
    const result = await createOffer(user, values);
    refreshSpace();
    return result;
  },
});

export const saveOfferStepAction = defineAction({
  access: "offer.edit",
  schema: saveOfferStepSchema,
  handler: async (input, { user }) => {
    const result = await saveOfferStep(user, input, today());
    refreshSpace(input.offerId);
    return result;
  },
});

export const uploadOfferAttachmentAction = defineAction({
  access: "offer.edit",
  schema: attachmentUploadSchema,
  handler: async ({ offerId, file }, { user }) => {
    const stored = await uploadOfferAttachment(user, offerId, file, today());
    refreshSpace(offerId);
    return stored;
  },
});

/** The wizard's « Ajouter un document »: the file went to POST /api/fichiers first, streamed; this adds it to the offer. */
export const attachOfferAttachmentAction = defineAction({
  access: "offer.edit",
  schema: attachmentAttachSchema,
  handler: async ({ offerId, fileId, token }, { user }) => {
    const stored = await attachUploadedOfferAttachment(user, offerId, { fileId, token }, today());
    refreshSpace(offerId);
    return stored;
  },
});

export const removeOfferAttachmentAction = defineAction({
  access: "offer.edit",
  schema: attachmentRemoveSchema,
  handler: async ({ offerId, fileId }, { user }) => {
    await removeOfferAttachment(user, offerId, fileId, today());
    refreshSpace(offerId);
    return null;
  },
});

/**
 * Whether the button is about the modification of a live offer: one button, two meanings, decided
 * on the server (the operation re-reads and locks the offer; this only picks which one runs).
 */
async function isRevision(user: SessionUser, offerId: number): Promise<boolean> {
  if (!user.structureId) return false;
  const [offer] = await db
    .select({ state: offers.state })
    .from(offers)
    .where(and(eq(offers.id, offerId), eq(offers.structureId, user.structureId), isNull(offers.deletedAt)))
    .limit(1);
  return offer !== undefined && editMode(offer.state) === "revision" && (await findOpenRevision(db, offerId)) !== null;
}

/** « Demander la validation » (of the offer, or of the pending modification of a live offer). */
export const submitOfferAction = defineAction({
  access: "offer.submit",
  schema: offerRefSchema,
  handler: async ({ offerId }, { user }) => {
    const result = (await isRevision(user, offerId)) ? await submitRevision(user, offerId, today()) : await submitOffer(user, offerId, today());
    refreshSpace(offerId);
    return { state: result.to };
  },
});

/** « Valider » (the offer, or the modification of a live offer). */
export const validateOfferAction = defineAction({
  access: "offer.validate",
  schema: offerRefSchema,
  handler: async ({ offerId }, { user }) => {
    const result = (await isRevision(user, offerId)) ? await validateRevision(user, offerId, today()) : await validateOffer(user, offerId, today());
    refreshSpace(offerId);
    return { state: result.to };
  },
});

/** « Renvoyer pour correction », with the comment the author receives. */
export const sendBackOfferAction = defineAction({
  access: "offer.sendBack",
  schema: sendBackSchema,
  handler: async ({ offerId, comment }, { user }) => {
    const result = (await isRevision(user, offerId))
      ? await sendBackRevision(user, offerId, comment, today())
      : await sendBackOffer(user, offerId, comment, today());
    refreshSpace(offerId);
    return { state: result.to };
  },
});

export const discardRevisionAction = defineAction({
  access: "offer.edit",
  schema: offerRefSchema,
  handler: async ({ offerId }, { user }) => {
    await discardRevision(user, offerId, today());
    refreshSpace(offerId);
    return null;
  },
});

export const stopPublicationAction = defineAction({
  access: "offer.managePublication",
  schema: offerRefSchema,
  handler: async ({ offerId }, { user }) => {
    const result = await stopPublication(user, offerId, today());
    refreshSpace(offerId);
    return { state: result.to };
  },
});

export const extendPublicationAction = defineAction({
  access: "offer.managePublication",
  schema: extendPublicationSchema,
  handler: async ({ offerId, publicationEnd }, { user }) => {
    const result = await extendPublication(user, offerId, publicationEnd, today());
    refreshSpace(offerId);
    return { state: result.to };
  },
});

/** « Modifier les dates » of a Validée / Publiée offer, without a revision. */
export const changePublicationDatesAction = defineAction({
  access: "offer.managePublication",
  schema: changePublicationDatesSchema,
  handler: async ({ offerId, publicationStart, publicationEnd }, { user }) => {
    const result = await changePublicationDates(user, offerId, { publicationStart, publicationEnd }, today());
    refreshSpace(offerId);
    return { state: result.to };
  },
});

export const renewPublicationAction = defineAction({
  access: "offer.managePublication",
  schema: renewPublicationSchema,
  handler: async ({ offerId, publicationStart, publicationEnd }, { user }) => {
    const result = await renewPublication(user, offerId, { publicationStart, publicationEnd }, today());
    refreshSpace(offerId);
    return { state: result.to };
  },
});

/** « Supprimer »: drafts for a GESTIONNAIRE, any offer for a VALIDEUR (the workflow decides). */
export const deleteOfferAction = defineAction({
  access: "offer.deleteDraft",
  schema: offerRefSchema,
  handler: async ({ offerId }, { user }) => {
    await deleteOffer(user, offerId, today());
    refreshSpace(offerId);
    return null;
  },
});

export const duplicateOfferAction = defineAction({
  access: "offer.duplicate",
  schema: offerRefSchema,
  handler: async ({ offerId }, { user }) => {
    const result = await duplicateOffer(user, offerId, today());
    refreshSpace();
    return result;
  },
});
