import { createHash } from "node:crypto";
import { sniffFileType } from "@/lib/core/validation/files";
import type { OfferSheet } from "../offer-sheet";
import type { OfferSheetLogo } from "./document";
import { createRenderPool } from "./worker-pool";

/**
 * Renders offer PDFs with three guards (docs/architecture.md#pdf): the bytes are kept in memory per
 * offer version (an LRU bound keeps memory flat), at most a few renders run at once (a render
 * holds a CPU ~20–30 ms and a burst of downloads must not take both cores from the catalogue's
 * pages), and the renders run in a worker thread whose heap is bounded (./worker-pool.ts).
 */
const MAX_CACHED = 300;
const MAX_CONCURRENT_RENDERS = 2;
const MAX_WAITING_RENDERS = 40;

/**
 * Measured (bench/README.md « Catalogue », PDF): a render allocates ~15 MB. A 128 MB old
 * generation with a 48 MB young one renders as fast as the main thread did, and the whole process's RSS stays within a band (~215–260 MB in a standalone run of
 * 750 renders) instead of climbing; 64 MB made V8 collect so often that renders took twice as
 * long. The thread costs ~100 MB of RSS while alive; replacing it costs one cold render.
 */
const renderPool = createRenderPool({
  rendersPerWorker: 1000,
  idleMs: 60_000,
  resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 48 },
});

/** Too many renders waiting: the route answers 503 with Retry-After. */
export class PdfBusyError extends Error {
  constructor() {
    super("Trop de fiches PDF en cours de génération");
  }
}

const bytesByKey = new Map<string, Buffer>();
const inFlight = new Map<string, Promise<Buffer>>();
let running = 0;
const waiting: Array<() => void> = [];

/**
 * Offer id and version name the entry; the hash of everything printed (publication dates can be
 * extended without a new version, the structure can be renamed) makes a stale PDF impossible.
 */
export function pdfCacheKey(sheet: OfferSheet, url: string): string {
  const digest = createHash("sha256").update(JSON.stringify({ sheet, url })).digest("base64url").slice(0, 22);
  return `${sheet.offerId}:${sheet.version}:${digest}`;
}

async function withRenderSlot<T>(work: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT_RENDERS) {
    if (waiting.length >= MAX_WAITING_RENDERS) throw new PdfBusyError();
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

function remember(key: string, bytes: Buffer) {
  bytesByKey.delete(key);
  bytesByKey.set(key, bytes);
  // A Map iterates in insertion order: the first key is the least recently used.
  while (bytesByKey.size > MAX_CACHED) bytesByKey.delete(bytesByKey.keys().next().value as string);
}

/** react-pdf reads PNG and JPEG only; a WebP logo is left out rather than breaking the file. */
export function pdfLogo(bytes: Buffer | null): OfferSheetLogo | null {
  if (!bytes) return null;
  const type = sniffFileType(bytes);
  if (type === "png") return { data: bytes, format: "png" };
  if (type === "jpeg") return { data: bytes, format: "jpg" };
  return null;
}

export async function renderOfferSheetPdf(sheet: OfferSheet, url: string, loadLogo: () => Promise<Buffer | null>): Promise<Buffer> {
  const key = pdfCacheKey(sheet, url);
  const cached = bytesByKey.get(key);
  if (cached) {
    remember(key, cached);
    return cached;
  }
  const pending = inFlight.get(key);
  if (pending) return pending;
  const render = withRenderSlot(async () => {
    const logo = pdfLogo(await loadLogo());
    return renderPool.render(sheet, url, logo);
  })
    .then((bytes) => {
      remember(key, bytes);
      return bytes;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, render);
  return render;
}

/** Renders without the byte cache (in the same worker thread): the benchmark's warm render time. */
export function renderOfferSheetPdfUncached(sheet: OfferSheet, url: string, logo: Buffer | null): Promise<Buffer> {
  return renderPool.render(sheet, url, pdfLogo(logo));
}

/** The render threads started so far and those alive: the benchmark and tests read them. */
export function pdfRenderThreads() {
  return renderPool.stats();
}

/** Ends the render thread now rather than after its idle minute (scripts that exit). */
export function stopPdfRenders(): Promise<void> {
  return renderPool.stop();
}

export function pdfCacheSize(): number {
  return bytesByKey.size;
}
