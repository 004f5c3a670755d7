import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";

const COMPRESSIBLE = /^text\/(html|x-component)\b/;
// Next's own compression leaves bodies under 1 kB as they are: so does this.
const THRESHOLD_BYTES = 1024;
// Keys made from a hash of the bytes start with a character no HTML page starts with.
const HASH_KEY = "\u0000sha1:";

/**
 * Pages served from Next's page cache (the catalogue and its searches, the static pages) are the
 * same bytes for every visitor until they are refreshed, yet Next gzips them again on every request,
 * in the request's thread: about 2 ms of CPU for the 64 kB listing, more than serving the page
 * itself (bench/README.md, « Catalogue »). This keeps each such body's gzip, found again by a hash
 * of the body (so a refreshed page is simply a new entry), in a bounded LRU.
 *
 * Only GET responses that Next marks `x-nextjs-cache` (HIT, STALE, MISS or REVALIDATED: a cached
 * page) and with a 200, HTML or RSC body are taken; everything else (dynamic pages, streamed
 * renders, files, server actions) keeps Next's own compression. Next learns nothing of it: its
 * compression decides when the headers go out and finds no `Accept-Encoding` for these responses.
 */
export function cachedPageCompression({ maxBytes = 16 * 1024 * 1024 }: { maxBytes?: number } = {}) {
  const cache = new Map<string, Buffer>();
  let cachedBytes = 0;
  // An entry weighs its gzip, and its key when the key is the page itself (counted one byte a character).
  const weight = (key: string, gzip: Buffer) => gzip.length + (key.startsWith(HASH_KEY) ? 0 : key.length);
  const remember = (key: string, gzip: Buffer) => {
    cache.set(key, gzip);
    cachedBytes += weight(key, gzip);
    for (const [oldKey, old] of cache) {
      if (cachedBytes <= maxBytes) break;
      cache.delete(oldKey);
      cachedBytes -= weight(oldKey, old);
    }
  };
  /**
   * The page's gzip, found by the page itself when Next ends the response with one string (a page
   * from its cache: the same string every time, so the lookup compares nothing), else by a hash of
   * the bytes. Encoding the 64 kB listing to bytes and hashing them cost 200–250 µs a request
   * (bench/README.md, « Throughput with gzip »).
   */
  const compressed = (parts: Array<string | Buffer>): Buffer | null => {
    const text = parts.length === 1 && typeof parts[0] === "string" ? parts[0] : null;
    let key = text;
    const hit = key === null ? undefined : cache.get(key);
    if (hit) return fresh(key!, hit);
    const body = text === null ? Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part) : part))) : Buffer.from(text);
    if (body.length < THRESHOLD_BYTES) return null;
    key ??= HASH_KEY + createHash("sha1").update(body).digest("base64");
    const known = cache.get(key);
    if (known) return fresh(key, known);
    // Once per version of a page: the smallest file is worth the few milliseconds.
    const gzip = gzipSync(body, { level: 9 });
    remember(key, gzip);
    return gzip;
  };
  // Most recently used last, so that eviction takes the oldest.
  const fresh = (key: string, gzip: Buffer) => {
    cache.delete(key);
    cache.set(key, gzip);
    return gzip;
  };

  const middleware = function compressCachedPage(req: IncomingMessage, res: ServerResponse): void {
    if (req.method !== "GET" || !/\bgzip\b/i.test(String(req.headers["accept-encoding"] ?? ""))) return;
    const original = { setHeader: res.setHeader, writeHead: res.writeHead, write: res.write, end: res.end };
    let chunks: Array<string | Buffer> | undefined;
    let head: unknown[] | undefined;
    // A string stays a string (UTF-8 is its encoding here) until it has to become bytes.
    const toPart = (chunk: unknown, encoding: unknown): string | Buffer =>
      Buffer.isBuffer(chunk)
        ? chunk
        : chunk instanceof Uint8Array
          ? Buffer.from(chunk)
          : typeof encoding === "string" && !/^utf-?8$/i.test(encoding)
            ? Buffer.from(String(chunk), encoding as BufferEncoding)
            : String(chunk);

    res.setHeader = function (this: ServerResponse, name: string, value: number | string | readonly string[]) {
      if (!chunks && name.toLowerCase() === "x-nextjs-cache") {
        chunks = [];
        delete req.headers["accept-encoding"];
      }
      return original.setHeader.call(this, name, value);
    } as typeof res.setHeader;
    // Held until the body is complete, so that its encoding and length can still be set.
    res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
      if (!chunks) return original.writeHead.apply(this, args as never);
      head = args;
      return this;
    } as typeof res.writeHead;
    res.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
      if (!chunks) return original.write.apply(this, [chunk, encoding, callback] as never);
      chunks.push(toPart(chunk, encoding));
      const done = typeof encoding === "function" ? encoding : callback;
      if (typeof done === "function") process.nextTick(done as () => void);
      return true;
    } as typeof res.write;
    res.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
      if (!chunks) return original.end.apply(this, [chunk, encoding, callback] as never);
      const done = [chunk, encoding, callback].find((arg) => typeof arg === "function") as (() => void) | undefined;
      if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toPart(chunk, encoding));
      const parts = chunks;
      Object.assign(res, original);
      // writeHead(status, [message], [headers]): its headers become ordinary ones, so that ours win.
      const [status, ...rest] = head ?? [res.statusCode];
      const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
      if (headers) for (const [name, value] of Object.entries(headers)) res.setHeader(name, value as string);
      if (status !== undefined) res.statusCode = Number(status);
      const gzip =
        res.statusCode === 200 && COMPRESSIBLE.test(String(res.getHeader("content-type") ?? "")) && !res.getHeader("content-encoding")
          ? compressed(parts)
          : null;
      if (gzip) {
        res.setHeader("content-encoding", "gzip");
        res.setHeader("content-length", gzip.length);
        res.writeHead(res.statusCode);
        return res.end(gzip, done);
      }
      res.writeHead(res.statusCode);
      const body = parts.length === 1 ? parts[0]! : Buffer.concat(parts.map((part) => (typeof part === "string" ? Buffer.from(part) : part)));
      return res.end(body, done);
    } as typeof res.end;
  };
  return Object.assign(middleware, { size: () => ({ entries: cache.size, bytes: cachedBytes }) });
}
