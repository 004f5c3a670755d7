import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import Busboy from "busboy";
import { db } from "@/db/client";
import { AttachmentInspector } from "@/lib/core/validation/file-inspector";
import { ATTACHMENT_MAX_BYTES, sanitizeFilename, type AttachmentOptions } from "@/lib/core/validation/files";
import { issueClaim, type UploadPurpose } from "./claims";
import { store } from "./index";

/**
 * The body of POST /api/fichiers read as it arrives (docs/architecture.md#fichiers): a multipart form
 * holding one file, parsed by busboy, judged on its first 64 KiB and its running size (the rest of the
 * checks when it ends), hashed and written to `files` slice by slice in one transaction, which a
 * refusal rolls back. The server holds a few slices of a file at a time, never the whole body.
 */
export type UploadPolicy = {
  purpose: UploadPurpose;
  options: AttachmentOptions;
  /** A refusal from the name alone (the extensions a form accepts), before any byte is read. */
  nameProblem?: (name: string) => string | null;
};

export type Received = { fileId: string; token: string; name: string; size: number };
export type UploadAnswer = { status: 201; body: Received } | { status: 400 | 413 | 415 | 429; body: { message: string } };

const UNREADABLE = "Le fichier n'a pas pu être lu : choisissez-le à nouveau, puis réessayez.";
const NO_FILE = "Choisissez un fichier";

/** A refusal found while the file streams: the transaction is rolled back and the rest of the body drained. */
class Refusal extends Error {
  constructor(
    readonly status: 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

export async function receiveUpload(request: Request, policy: UploadPolicy, uploadedById: string | null): Promise<UploadAnswer> {
  const type = request.headers.get("content-type") ?? "";
  if (!type.toLowerCase().startsWith("multipart/form-data") || !request.body) return { status: 400, body: { message: UNREADABLE } };
  const maxBytes = policy.options.maxBytes ?? ATTACHMENT_MAX_BYTES;
  let parser: Busboy.Busboy;
  try {
    // One more byte than allowed, so that the running size shows a file over the limit.
    parser = Busboy({ headers: { "content-type": type }, limits: { files: 1, fileSize: maxBytes + 1, fields: 10, parts: 11 }, defParamCharset: "utf8" });
  } catch {
    return { status: 400, body: { message: UNREADABLE } };
  }

  let work: Promise<UploadAnswer> | undefined;
  let current: Readable | undefined;
  parser.on("file", (_field: string, stream: Readable, info: Busboy.FileInfo) => {
    if (work) return void stream.resume();
    current = stream;
    // A form cut short errors the file's stream: the reading below gets it, this keeps it from counting as uncaught.
    stream.on("error", () => {});
    work = storeIncoming(stream, info.filename ?? "", policy, uploadedById).finally(() => stream.resume());
    // Awaited once the body has been read; until then, a failure must not count as unhandled.
    work.catch(() => {});
  });
  const release = await writing.acquire();
  try {
    await pipeline(Readable.fromWeb(request.body as import("node:stream/web").ReadableStream), parser);
  } catch {
    // The client went away or the form is malformed: whatever was being written is rolled back.
    current?.destroy(new Error("upload interrupted"));
    await work?.catch(() => {});
    return { status: 400, body: { message: UNREADABLE } };
  } finally {
    await work?.catch(() => {});
    release();
  }
  return work ?? { status: 400, body: { message: NO_FILE } };
}

/**
 * At most this many files read and written at once by this server; the others wait their turn
 * unread (the socket's back-pressure keeps their bytes in the kernel and at the client). Each costs a
 * few slices in memory (the driver sends a slice as hexadecimal): bench/README.md « Mémoire des envois ».
 */
const FILES_WRITTEN_AT_ONCE = 2;

const writing = (() => {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  return {
    async acquire(): Promise<() => void> {
      if (running >= FILES_WRITTEN_AT_ONCE) await new Promise<void>((resolve) => waiting.push(resolve));
      running += 1;
      return release;
    },
  };
})();

async function storeIncoming(stream: Readable, filename: string, policy: UploadPolicy, uploadedById: string | null): Promise<UploadAnswer> {
  const name = sanitizeFilename(filename);
  const early = policy.nameProblem?.(filename);
  if (early) return { status: 415, body: { message: early } };
  const inspector = new AttachmentInspector(filename, policy.options);
  const maxBytes = policy.options.maxBytes ?? ATTACHMENT_MAX_BYTES;
  let size = 0;

  async function* judged(): AsyncGenerator<Uint8Array> {
    // Not destroyed when the loop stops at a refusal: the rest of the file is drained, so the answer can leave.
    for await (const chunk of stream.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      size += chunk.length;
      const problem = inspector.push(chunk);
      if (problem) throw new Refusal(size > maxBytes ? 413 : 415, problem);
      yield chunk;
    }
  }

  try {
    return await db.transaction(async (tx) => {
      const file = await store.putStream(
        tx,
        {
          name,
          uploadedById,
          judge: () => {
            const { problem, mimeType } = inspector.finish();
            if (problem) throw new Refusal(size > maxBytes ? 413 : 415, problem);
            return { mimeType };
          },
        },
        judged(),
      );
      const token = await issueClaim(tx, file.fileId, policy.purpose);
      return { status: 201 as const, body: { fileId: file.fileId, token, name: file.name, size: file.size } };
    });
  } catch (error) {
    if (error instanceof Refusal) return { status: error.status, body: { message: error.message } };
    throw error;
  }
}
