import { createHash } from "node:crypto";
import { eq, inArray } from "drizzle-orm";
import { files } from "@/db/schema";
import type { FileStore } from "./store";

const info = { fileId: files.id, name: files.name, mimeType: files.mimeType, size: files.size };

/**
 * The bytes in PostgreSQL (`files.content`, bytea), so that the embedded database and its backups
 * hold every file (docs/architecture.md#fichiers).
 */
export const postgresFileStore: FileStore = {
  async put(db, file) {
    const [stored] = await db
      .insert(files)
      .values({
        name: file.name,
        mimeType: file.mimeType,
        size: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        content: Buffer.from(file.bytes),
        uploadedById: file.uploadedById ?? null,
      })
      .returning(info);
    if (!stored) throw new Error("The file was not stored");
    return stored;
  },

  async read(db, fileId) {
    const [file] = await db
      .select({ ...info, content: files.content })
      .from(files)
      .where(eq(files.id, fileId))
      .limit(1);
    return file ?? null;
  },

  async describe(db, fileIds) {
    if (fileIds.length === 0) return [];
    const rows = await db
      .select(info)
      .from(files)
      .where(inArray(files.id, [...fileIds]));
    const byId = new Map(rows.map((row) => [row.fileId, row]));
    return fileIds.flatMap((id) => byId.get(id) ?? []);
  },

  async remove(db, fileIds) {
    if (fileIds.length > 0) await db.delete(files).where(inArray(files.id, [...fileIds]));
  },
};
