import { createHash } from "node:crypto";
import { eq, inArray, sql } from "drizzle-orm";
import { files } from "@/db/schema";
import type { FileStore } from "./store";

const info = { fileId: files.id, name: files.name, mimeType: files.mimeType, size: files.size };

/**
 * The bytes in PostgreSQL (`files.content`, bytea), so that the embedded database and its backups
 * hold every file (docs/architecture.md#fichiers).
 */
/**
 * The driver sends a bytea as hexadecimal text, twice its size, plus the message holding it: a 10 MB
 * file cost 50 MB in one statement. Written in slices appended one after the other, it costs a
 * slice's worth (bench/README.md « Mémoire des envois »).
 */
const WRITE_SLICE_BYTES = 2 * 1024 * 1024;

/** A view of `bytes` as a Buffer, without copying them. */
const bufferOf = (bytes: Uint8Array, start = 0, end = bytes.length) => Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start);

export const postgresFileStore: FileStore = {
  async put(db, file) {
    const [stored] = await db
      .insert(files)
      .values({
        name: file.name,
        mimeType: file.mimeType,
        size: file.bytes.length,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        content: bufferOf(file.bytes, 0, Math.min(file.bytes.length, WRITE_SLICE_BYTES)),
        uploadedById: file.uploadedById ?? null,
      })
      .returning(info);
    if (!stored) throw new Error("The file was not stored");
    for (let start = WRITE_SLICE_BYTES; start < file.bytes.length; start += WRITE_SLICE_BYTES) {
      const slice = bufferOf(file.bytes, start, Math.min(file.bytes.length, start + WRITE_SLICE_BYTES));
      await db
        .update(files)
        .set({ content: sql`${files.content} || ${slice}::bytea` })
        .where(eq(files.id, stored.fileId));
    }
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
