import type { DbOrTx } from "@/db/client";

/** A stored file as lists and links show it, without its bytes. */
export type FileInfo = { fileId: string; name: string; mimeType: string; size: number };

/** A stored file with its bytes, for a download. */
export type FileContent = FileInfo & { content: Buffer };

/** Bytes already judged by their content (lib/core/validation/files.ts), with the name and type to serve them under. */
export type NewFile = { name: string; mimeType: string; bytes: Uint8Array; uploadedById?: string | null };

/** A file whose bytes arrive in pieces (POST /api/fichiers); `judge` runs once all have arrived and gives the type to store, or throws. */
export type IncomingFile = { name: string; uploadedById: string | null; judge: () => { mimeType: string } };

/**
 * What the application asks of a file store: the one door through which bytes are written and read
 * (docs/architecture.md#fichiers). Who may read a file is decided before, by the caller's own
 * query on the table that links to it (an offer's attachments, a structure's logo…); the store
 * only keeps and returns bytes. An object store (S3 and the like) can implement it by keeping the
 * `files` row for the name, type, size and hash and the bytes under the file's id; `db` is the
 * caller's transaction, so that a file is written with the change that links to it.
 */
export interface FileStore {
  /** Stores the bytes with their size and SHA-256; returns the new file. */
  put(db: DbOrTx, file: NewFile): Promise<FileInfo>;
  /**
   * Stores bytes as they arrive, slice by slice, hashing them on the way; in the caller's transaction,
   * which `judge` throwing (or the stream failing) rolls back with the bytes already written.
   */
  putStream(tx: DbOrTx, file: IncomingFile, chunks: AsyncIterable<Uint8Array>): Promise<FileInfo>;
  /** The file and its bytes, or null when there is no such file. */
  read(db: DbOrTx, fileId: string): Promise<FileContent | null>;
  /** The files of `fileIds`, in that order; unknown ids are left out. */
  describe(db: DbOrTx, fileIds: readonly string[]): Promise<FileInfo[]>;
  /** Deletes the files of `fileIds`, bytes included (the purge of unreferenced files). */
  remove(db: DbOrTx, fileIds: readonly string[]): Promise<void>;
}
