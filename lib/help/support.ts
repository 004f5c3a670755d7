import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { supportRequests, users } from "@/db/schema";
import type { SessionUser } from "@/lib/core/auth/session";
import { appUrl } from "@/lib/core/env";
import { AppError, fieldError, notFoundError } from "@/lib/core/errors";
import { storeFile } from "@/lib/core/files";
import { claimUploadedFiles } from "@/lib/core/files/claims";
import { getRegion, isArsRegion } from "@/lib/core/geo/territories";
import { consume } from "@/lib/core/limits/limiter";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { checkAttachment, contentTypeFor, sanitizeFilename } from "@/lib/core/validation/files";
import { formatPhone } from "@/lib/core/validation/phone";
import { REGION_MESSAGE, requesterRoleLabel, SUPPORT_FILE_TYPES, supportTopicLabel, type SupportRequestValues } from "./schemas";
import { supportRules, THROTTLED_MESSAGE } from "./throttle";
import { one } from "@/lib/core/rows";

type Upload = { name: string; file: File };

/** A regional admin acting on the support requests of their own région. */
export type HelpAdmin = { id: string; regionCode: string; displayName: string };

export function helpAdminOf(user: SessionUser): HelpAdmin {
  if (!user.regionCode) throw new AppError("FORBIDDEN", "Vous n'avez pas les droits nécessaires pour cette action.");
  return { id: user.id, regionCode: user.regionCode, displayName: user.displayName };
}

const regionName = (code: string) => getRegion(code)?.name ?? code;

/**
 * Every file read and judged by its content (a renamed .exe is not a PDF); all problems at once. One
 * file's bytes at a time: they are read again when stored (bench/README.md « Mémoire des envois »).
 */
async function checkAttachments(attachments: File[]): Promise<Upload[]> {
  const uploads: Upload[] = [];
  const problems: string[] = [];
  for (const file of attachments) {
    const problem = checkAttachment(new Uint8Array(await file.arrayBuffer()), file.name, { allowedTypes: SUPPORT_FILE_TYPES });
    if (problem) problems.push(problem);
    else uploads.push({ name: sanitizeFilename(file.name), file });
  }
  if (problems.length > 0) throw new AppError("INVALID", "Une pièce jointe n'est pas acceptée : corrigez le champ signalé.", { attachments: problems });
  return uploads;
}

async function storeUpload(tx: Tx, upload: Upload, uploadedById: string | null): Promise<string> {
  const bytes = new Uint8Array(await upload.file.arrayBuffer());
  const stored = await storeFile(tx, { name: upload.name, mimeType: contentTypeFor(bytes, upload.name), bytes, uploadedById });
  return stored.fileId;
}

/**
 * « Envoyer »: the request and its files are stored, and in the same transaction the région's
 * admins are notified and the requester gets an acknowledgement (docs/produit.md#aide-et-assistance). Returns its id.
 */
export async function submitSupportRequest(values: SupportRequestValues, requester: { user: SessionUser | null; address: string }): Promise<string> {
  if (!isArsRegion(values.regionCode)) throw fieldError("regionCode", REGION_MESSAGE);
  const uploads = await checkAttachments(values.attachments);
  const sentAt = new Date();

  const id = await db.transaction(async (tx) => {
    // Counted in this transaction: parallel requests cannot pass together, and a failed one does not count.
    if (!(await consume(supportRules(values.email, requester.address), sentAt, tx)).ok) throw new AppError("INVALID", THROTTLED_MESSAGE);
    const claimed = await claimUploadedFiles(tx, values.uploadedFiles, { purpose: "assistance", userId: requester.user?.id ?? null, field: "attachments" });
    const fileIds = claimed.map((file) => file.fileId);
    for (const upload of uploads) fileIds.push(await storeUpload(tx, upload, requester.user?.id ?? null));
    const request = one(
      await tx
        .insert(supportRequests)
        .values({
          regionCode: values.regionCode,
          requesterRole: values.requesterRole,
          name: values.name,
          email: values.email,
          phone: values.phone,
          topic: values.topic,
          subject: values.subject,
          message: values.message,
          attachmentFileIds: fileIds,
          userId: requester.user?.id ?? null,
        })
        .returning({ id: supportRequests.id }),
    );

    const region = regionName(values.regionCode);
    const admins = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.kind, "REGIONAL_ADMIN"), eq(users.regionCode, values.regionCode), isNull(users.frozenAt)));
    for (const admin of admins) {
      await enqueueEmail(tx, {
        template: "support-request",
        to: admin.email,
        regionCode: values.regionCode,
        props: {
          requesterName: values.name,
          requesterRole: requesterRoleLabel(values.requesterRole),
          requesterEmail: values.email,
          requesterPhone: values.phone ? formatPhone(values.phone) : null,
          topic: supportTopicLabel(values.topic),
          regionName: region,
          subject: values.subject,
          message: values.message,
          attachmentCount: fileIds.length,
          requestUrl: appUrl(`/admin/aide/demandes/${request.id}`),
        },
      });
    }
    await enqueueEmail(tx, {
      template: "support-request-received",
      to: values.email,
      regionCode: values.regionCode,
      // Fixed text only: the address is unverified (emails/support-request-received.tsx).
      props: { regionName: region, helpUrl: appUrl("/aide") },
    });
    return request.id;
  });
  return id;
}

/** The request, locked, if it belongs to the admin's région: a forged id of another région is not found. */
async function lockRegionRequest(tx: Tx, admin: HelpAdmin, requestId: string) {
  const [request] = await tx
    .select()
    .from(supportRequests)
    .where(and(eq(supportRequests.id, requestId), eq(supportRequests.regionCode, admin.regionCode)))
    .for("update");
  if (!request) throw notFoundError("Cette demande d'assistance");
  return request;
}

/**
 * « Répondre »: the answer goes to the requester through the outbox, their message quoted under it,
 * and the request counts as handled (a second answer is possible, e.g. a follow-up).
 */
export async function answerSupportRequest(admin: HelpAdmin, requestId: string, answer: string): Promise<void> {
  await db.transaction(async (tx) => {
    const request = await lockRegionRequest(tx, admin, requestId);
    await enqueueEmail(tx, {
      template: "support-reply",
      to: request.email,
      regionCode: request.regionCode,
      props: {
        name: request.name,
        answer,
        answeredBy: admin.displayName,
        regionName: regionName(request.regionCode),
        subject: request.subject,
        message: request.message,
        sentAt: request.createdAt.toISOString(),
        helpUrl: appUrl("/aide"),
      },
    });
    await tx
      .update(supportRequests)
      .set({ handledAt: sql`coalesce(${supportRequests.handledAt}, now())` })
      .where(eq(supportRequests.id, request.id));
  });
}

/** « Marquer comme traitée » without answering (answered by phone, duplicate…). */
export async function markSupportRequestHandled(admin: HelpAdmin, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const request = await lockRegionRequest(tx, admin, requestId);
    if (request.handledAt) return;
    await tx
      .update(supportRequests)
      .set({ handledAt: sql`now()` })
      .where(eq(supportRequests.id, request.id));
  });
}
