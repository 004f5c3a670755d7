import { db as defaultDb, type DbOrTx } from "@/db/client";
import { postgresFileStore } from "./postgres";
import type { FileContent, FileInfo, FileStore, NewFile } from "./store";

export type { FileContent, FileInfo, FileStore, NewFile };

/** The store the application uses; swapping in an object store is this one line. */
export const store: FileStore = postgresFileStore;

/** Stores a file in the caller's transaction (with the row that links to it). */
export function storeFile(tx: DbOrTx, file: NewFile): Promise<FileInfo> {
  return store.put(tx, file);
}

/** A file and its bytes, once the caller has checked that the reader may have it. */
export function readFile(fileId: string, db: DbOrTx = defaultDb): Promise<FileContent | null> {
  return store.read(db, fileId);
}

/** Names, types and sizes of files, in the order of `fileIds`. */
export function describeFiles(fileIds: readonly string[], db: DbOrTx = defaultDb): Promise<FileInfo[]> {
  return store.describe(db, fileIds);
}
