import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { getSupportAttachment } from "@/lib/help/queries";
import { privateDownloadResponse } from "@/lib/http/file-download";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const text = (body: string, status: number) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * An attachment of a « Demande d'assistance », for the admins of its région only (a forged id of
 * another région's request or file is a 404), served as a download with its checked type.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; fileId: string }> }) {
  const user = await getCurrentUser();
  if (!user || user.mustChangePassword) return text("Connectez-vous pour télécharger ce document.", 401);
  if (!can(user, "help.manage") || !user.regionCode) return text("Accès refusé", 403);
  const { id, fileId } = await params;
  const file = UUID.test(id) && UUID.test(fileId) ? await getSupportAttachment(user.regionCode, id, fileId) : null;
  if (!file) return text("Document introuvable", 404);
  return privateDownloadResponse(file);
}
