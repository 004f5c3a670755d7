import type { NextRequest } from "next/server";
import { uploadResponse } from "@/lib/core/files/upload-door";
import { receiveSupportAttachment } from "@/lib/help/attachment-upload";
import { receiveOfferDocument } from "@/lib/offers/document-upload";

export const dynamic = "force-dynamic";

const DOORS = { assistance: receiveSupportAttachment, document: receiveOfferDocument };

/**
 * A file sent before the form that attaches it (docs/architecture.md#fichiers): the body is read as a
 * stream, never whole; the answer is the file's id and a single-use token, or a French refusal
 * (401/403, 413 too big, 415 wrong type, 429 too many).
 */
export async function POST(request: NextRequest) {
  const purpose = request.nextUrl.searchParams.get("pour") ?? "";
  const door = Object.hasOwn(DOORS, purpose) ? DOORS[purpose as keyof typeof DOORS] : null;
  if (!door) return Response.json({ message: "Cette adresse n'accepte pas de fichier." }, { status: 404, headers: { "Cache-Control": "no-store" } });
  return uploadResponse(await door(request));
}
