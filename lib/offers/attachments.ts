import { and, eq, max } from "drizzle-orm";
import { db, type DbOrTx, type Tx } from "@/db/client";
import { offerAttachments } from "@/db/schema";
import { describeFiles, storeFile, type FileInfo } from "@/lib/core/files";
import { claimUploadedFiles, type UploadedFileRef } from "@/lib/core/files/claims";
import { AppError, fieldError, notFoundError } from "@/lib/core/errors";
import { ATTACHMENT_MAX_BYTES, checkAttachment, contentTypeFor, sanitizeFilename } from "@/lib/core/validation/files";
import { attachmentIdsOf, findOpenRevision, saveRevisionContent } from "./revisions";
import { lockOffer, throwRefusal, type Actor } from "./transitions";
import { editMode, planTransition } from "./workflow";
import { one } from "@/lib/core/rows";

/**
 * « Documents utiles » (docs/produit.md#assistant-en-quatre-etapes, guide IDF): any format, up to 5 files of 10 MB, judged by their
 * content (lib/core/validation/files) and stored in `files`. For a live offer the list is part of the
 * revision (`content.attachmentFileIds`), so a new document shows only once validated.
 */
export const MAX_ATTACHMENTS = 5;
export const TOO_MANY_ATTACHMENTS = `${MAX_ATTACHMENTS} documents au maximum : retirez-en un avant d'en ajouter un autre`;

export type AttachmentSummary = FileInfo;

export async function describeAttachments(tx: DbOrTx, fileIds: string[]): Promise<AttachmentSummary[]> {
  return describeFiles(fileIds, tx);
}

export async function uploadOfferAttachment(actor: Actor, offerId: number, file: File, today: string): Promise<AttachmentSummary> {
  // Judge the size before reading 10 MB into memory; the content after.
  if (file.size > ATTACHMENT_MAX_BYTES) throw fieldError("file", `Le fichier « ${sanitizeFilename(file.name)} » ne doit pas dépasser 10 Mo`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const problem = checkAttachment(bytes, file.name);
  if (problem) throw fieldError("file", problem);
  const name = sanitizeFilename(file.name);
  return linkToOffer(actor, offerId, today, (tx) => storeFile(tx, { name, mimeType: contentTypeFor(bytes, name), bytes, uploadedById: actor.id }));
}

/**
 * A document already sent to POST /api/fichiers?pour=document by this user (its id and single-use
 * token), added to the offer if the user may change it: another user's token, a token used already,
 * or an offer the user may not edit (another structure's) add nothing.
 */
export async function attachUploadedOfferAttachment(actor: Actor, offerId: number, upload: UploadedFileRef, today: string): Promise<AttachmentSummary> {
  return linkToOffer(actor, offerId, today, async (tx) => {
    const [file] = await claimUploadedFiles(tx, [upload], { purpose: "document", userId: actor.id, field: "file" });
    return file!;
  });
}

/** Locks the offer, checks the user may edit it and has room for one more, then links the file `store` gives. */
async function linkToOffer(actor: Actor, offerId: number, today: string, store: (tx: Tx) => Promise<FileInfo>): Promise<AttachmentSummary> {
  return db.transaction(async (tx) => {
    const offer = await lockOffer(tx, offerId, actor);
    const plan = planTransition("edit", offer, actor, today);
    if (!plan.ok) throwRefusal(plan);
    if (!offer) throw notFoundError("Cette offre");
    const revision = editMode(offer.state) === "revision" ? await findOpenRevision(tx, offer.id) : null;
    const current = revision?.content.attachmentFileIds ?? (await attachmentIdsOf(tx, offer.id));
    if (current.length >= MAX_ATTACHMENTS) throw fieldError("file", TOO_MANY_ATTACHMENTS);

    const stored = await store(tx);
    if (editMode(offer.state) === "revision") {
      await saveRevisionContent(tx, offer, actor, {}, [...current, stored.fileId]);
    } else {
      const { last } = one(
        await tx
          .select({ last: max(offerAttachments.position) })
          .from(offerAttachments)
          .where(eq(offerAttachments.offerId, offer.id)),
      );
      await tx.insert(offerAttachments).values({ offerId: offer.id, fileId: stored.fileId, position: (last ?? -1) + 1 });
    }
    return stored;
  });
}

/** « Retirer »: the link goes; the file itself is kept (other copies or versions may use it). */
export async function removeOfferAttachment(actor: Actor, offerId: number, fileId: string, today: string): Promise<void> {
  await db.transaction(async (tx) => {
    const offer = await lockOffer(tx, offerId, actor);
    const plan = planTransition("edit", offer, actor, today);
    if (!plan.ok) throwRefusal(plan);
    if (!offer) throw notFoundError("Cette offre");
    if (editMode(offer.state) === "revision") {
      const revision = await findOpenRevision(tx, offer.id);
      const current = revision?.content.attachmentFileIds ?? (await attachmentIdsOf(tx, offer.id));
      if (!current.includes(fileId)) throw new AppError("NOT_FOUND", "Ce document n'existe pas ou a déjà été retiré.");
      await saveRevisionContent(
        tx,
        offer,
        actor,
        {},
        current.filter((id) => id !== fileId),
      );
      return;
    }
    const removed = await tx
      .delete(offerAttachments)
      .where(and(eq(offerAttachments.offerId, offer.id), eq(offerAttachments.fileId, fileId)))
      .returning({ fileId: offerAttachments.fileId });
    if (removed.length === 0) throw new AppError("NOT_FOUND", "Ce document n'existe pas ou a déjà été retiré.");
  });
}
