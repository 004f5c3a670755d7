import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cachedPageCompression } from "./cached-page-compression";

const PAGE = `<!doctype html><html lang="fr"><body>${"<p>Prévention du tabagisme au collège : séances animées.</p>".repeat(400)}</body></html>`;
// The compression middleware Next runs in its router (next/dist/server/lib/router-server.js), so
// that the test meets it as the server does.
type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;
const compression = createRequire(import.meta.url)("next/dist/compiled/compression") as () => Middleware;
const nextCompression = compression();
const compressCachedPage = cachedPageCompression();
let server: Server;
let port: number;

/** Answers as Next does: a cached page with `x-nextjs-cache` and its length, or a streamed dynamic page. */
function next(req: IncomingMessage, res: ServerResponse) {
  nextCompression(req, res, () => {});
  res.setHeader("content-type", "text/html; charset=utf-8");
  if (req.url === "/cached") {
    res.setHeader("x-nextjs-cache", "HIT");
    res.setHeader("content-length", Buffer.byteLength(PAGE));
    res.end(PAGE);
  } else if (req.url === "/cached-streamed") {
    res.setHeader("x-nextjs-cache", "HIT");
    res.write(PAGE.slice(0, 5000));
    res.write(Buffer.from(PAGE.slice(5000)));
    res.end();
  } else if (req.url === "/small") {
    res.setHeader("x-nextjs-cache", "HIT");
    res.end("<p>Petite page é</p>");
  } else if (req.url === "/missing") {
    res.statusCode = 404;
    res.setHeader("x-nextjs-cache", "HIT");
    res.end(PAGE);
  } else {
    res.write(PAGE.slice(0, 5000));
    setTimeout(() => res.end(PAGE.slice(5000)), 5);
  }
}

function get(path: string, headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br" }, method = "GET") {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    const req = request({ port, path, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

beforeAll(async () => {
  server = createServer((req, res) => {
    compressCachedPage(req, res);
    next(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("cachedPageCompression", () => {
  it("serves a cached page gzipped once, with its length, then the same bytes from memory", async () => {
    const first = await get("/cached");
    expect(first.status).toBe(200);
    expect(first.headers["content-encoding"]).toBe("gzip");
    expect(Number(first.headers["content-length"])).toBe(first.body.length);
    expect(first.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(first.body).toString()).toBe(PAGE);
    const before = compressCachedPage.size().entries;
    const second = await get("/cached");
    expect(second.body.equals(first.body)).toBe(true);
    expect(compressCachedPage.size().entries).toBe(before);
  });

  it("gathers a cached page written in several chunks", async () => {
    const response = await get("/cached-streamed");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.body).toString()).toBe(PAGE);
  });

  it("finds a page ended with one string by the page itself, a page written in chunks by a hash of its bytes", async () => {
    await get("/cached");
    await get("/cached-streamed");
    const entries = compressCachedPage.size().entries;
    const again = [await get("/cached"), await get("/cached-streamed")];
    expect(compressCachedPage.size().entries).toBe(entries);
    for (const response of again) expect(gunzipSync(response.body).toString()).toBe(PAGE);
    // The page's own key weighs in the memory bound.
    expect(compressCachedPage.size().bytes).toBeGreaterThan(PAGE.length);
  });

  it("sends a cached page under 1 kB as it is, accents intact", async () => {
    const response = await get("/small");
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body.toString()).toBe("<p>Petite page é</p>");
  });

  it("leaves dynamic pages to Next's own compression", async () => {
    const response = await get("/dynamic");
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["content-length"]).toBeUndefined();
    expect(gunzipSync(response.body).toString()).toBe(PAGE);
  });

  it("sends a cached page as it is to a client that does not ask for gzip, and answers HEAD without a body", async () => {
    const plain = await get("/cached", {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
    const head = await get("/cached", { "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
  });

  it("keeps only successful pages", async () => {
    const response = await get("/missing");
    expect(response.status).toBe(404);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(response.body.toString()).toBe(PAGE);
  });
});
