import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { files } from "@/db/schema";
import { getRegionOffer } from "@/lib/admin-offers/queries";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { privateDownloadResponse } from "@/lib/http/file-download";

const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/** A « Document utile » of an offer of the admin's région, in any state, as a download with its checked type. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return text("Connectez-vous pour télécharger ce document.", 401);
  if (!can(user, "regionOffers.view") || !user.regionCode) return text("Vous n'avez pas accès aux offres de la région.", 403);
  const { id, fileId } = await params;
  const offer = /^[1-9]\d{0,9}$/.test(id) ? await getRegionOffer(user.regionCode, Number(id)) : null;
  const [file] = offer?.attachments.some((attachment) => attachment.fileId === fileId) ? await db.select().from(files).where(eq(files.id, fileId)).limit(1) : [];
  if (!file) return text("Document introuvable", 404);
  return privateDownloadResponse(file);
}
