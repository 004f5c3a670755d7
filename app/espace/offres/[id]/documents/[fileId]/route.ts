import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { files } from "@/db/schema";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { privateDownloadResponse } from "@/lib/http/file-download";
import { getStructureOffer } from "@/lib/offers/queries";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * A « Document utile » of an offer of the caller's structure, in any state (drafts and pending
 * modifications included), served as a download with its checked type.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return text("Connectez-vous pour télécharger ce document.", 401);
  if (!can(user, "offer.view") || !user.structureId) return text("Vous n'avez pas accès aux offres.", 403);
  const { id, fileId } = await params;
  if (!/^[1-9]\d{0,9}$/.test(id) || !/^[0-9a-f-]{36}$/i.test(fileId)) return text("Document introuvable", 404);
  const space = await getStructureOffer(user.structureId, Number(id));
  if (!space?.attachments.some((file) => file.fileId === fileId)) return text("Document introuvable", 404);
  const [file] = await db.select().from(files).where(eq(files.id, fileId)).limit(1);
  if (!file) return text("Document introuvable", 404);
  return privateDownloadResponse(file);
}
