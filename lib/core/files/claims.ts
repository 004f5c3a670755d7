import { createHash, randomBytes } from "node:crypto";
import { and, eq, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { files } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { UPLOAD_GONE_MESSAGE } from "@/lib/core/validation/uploaded-files";
import type { FileInfo } from "./store";

/**
 * A file sent to POST /api/fichiers (docs/architecture.md#fichiers) waits, unattached, for the form
 * that sent it: the answer carries its id and a single-use token, of which only the SHA-256 is kept,
 * with the form it was judged for (`purpose`). Attaching it (`claimUploadedFiles`, in the form's
 * transaction) clears both: the same token cannot attach it twice, another user's token does not
 * match, and a file never attached is purged by the scheduled job like any file nothing links to.
 */
export type UploadPurpose = "assistance" | "document";

/** « fileId:token », as forms carry them (client-safe format, see lib/core/validation/uploaded-files.ts). */
export type UploadedFileRef = { fileId: string; token: string };

const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/** Marks a just-stored file as waiting to be attached; returns its token. */
export async function issueClaim(db: DbOrTx, fileId: string, purpose: UploadPurpose): Promise<string> {
  const token = randomBytes(24).toString("base64url");
  await db
    .update(files)
    .set({ claimTokenHash: hashOf(token), claimPurpose: purpose })
    .where(eq(files.id, fileId));
  return token;
}

/**
 * Attaches uploaded files in the caller's transaction: each must have been sent for this purpose by
 * this user (null: logged out) with this token, and not be attached yet; otherwise nothing is
 * attached and the form gets `field`'s French error. Returns the files, in the order given.
 */
export async function claimUploadedFiles(
  tx: DbOrTx,
  refs: readonly UploadedFileRef[],
  { purpose, userId, field }: { purpose: UploadPurpose; userId: string | null; field: string },
): Promise<FileInfo[]> {
  const claimed: FileInfo[] = [];
  for (const ref of refs) {
    const [file] = await tx
      .update(files)
      .set({ claimTokenHash: null, claimPurpose: null })
      .where(
        and(
          eq(files.id, ref.fileId),
          eq(files.claimTokenHash, hashOf(ref.token)),
          eq(files.claimPurpose, purpose),
          userId ? eq(files.uploadedById, userId) : isNull(files.uploadedById),
        ),
      )
      .returning({ fileId: files.id, name: files.name, mimeType: files.mimeType, size: files.size });
    if (!file) throw new AppError("INVALID", UPLOAD_GONE_MESSAGE, { [field]: [UPLOAD_GONE_MESSAGE] });
    claimed.push(file);
  }
  return claimed;
}
