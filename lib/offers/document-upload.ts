import "server-only";
import { uploadDoor } from "@/lib/core/files/upload-door";

/**
 * A « Document utile » of the offer wizard, sent before it is added (POST /api/fichiers?pour=document):
 * for whoever may edit offers; which offer it joins, and whether this user may change it, is decided
 * when it is attached (lib/offers/attachments.ts).
 */
export const receiveOfferDocument = uploadDoor("offer.edit", { purpose: "document", options: {} });
