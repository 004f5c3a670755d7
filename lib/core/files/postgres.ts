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

/** The bytes in slices of WRITE_SLICE_BYTES, whatever the size of the pieces they arrive in. */
async function* slicesOf(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Buffer> {
  let pending: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    pending.push(bufferOf(chunk));
    size += chunk.length;
    while (size >= WRITE_SLICE_BYTES) {
      const joined = Buffer.concat(pending);
      yield joined.subarray(0, WRITE_SLICE_BYTES);
      pending = [joined.subarray(WRITE_SLICE_BYTES)];
      size -= WRITE_SLICE_BYTES;
    }
  }
  if (size > 0) yield Buffer.concat(pending);
}

async function* slicesOfBytes(bytes: Uint8Array): AsyncGenerator<Uint8Array> {
  for (let start = 0; start < bytes.length; start += WRITE_SLICE_BYTES) yield bytes.subarray(start, start + WRITE_SLICE_BYTES);
}

const putStream: FileStore["putStream"] = async (db, file, chunks) => {
  const hash = createHash("sha256");
  let fileId: string | null = null;
  let size = 0;
  for await (const slice of slicesOf(chunks)) {
    hash.update(slice);
    size += slice.length;
    if (!fileId) {
      // Name, type, size and hash are set once the whole file has arrived and been judged.
      const [row] = await db
        .insert(files)
        .values({ name: file.name, mimeType: "application/octet-stream", size: 0, sha256: "", content: slice, uploadedById: file.uploadedById })
        .returning({ id: files.id });
      fileId = row!.id;
    } else {
      await db
        .update(files)
        .set({ content: sql`${files.content} || ${slice}::bytea` })
        .where(eq(files.id, fileId));
    }
  }
  const { mimeType } = file.judge();
  const values = { name: file.name, mimeType, size, sha256: hash.digest("hex") };
  const [stored] = fileId
    ? await db.update(files).set(values).where(eq(files.id, fileId)).returning(info)
    : await db
        .insert(files)
        .values({ ...values, content: Buffer.alloc(0), uploadedById: file.uploadedById })
        .returning(info);
  if (!stored) throw new Error("The file was not stored");
  return stored;
};

export const postgresFileStore: FileStore = {
  async put(db, file) {
    const { mimeType } = file;
    return putStream(db, { name: file.name, uploadedById: file.uploadedById ?? null, judge: () => ({ mimeType }) }, slicesOfBytes(file.bytes));
  },

  putStream,

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
