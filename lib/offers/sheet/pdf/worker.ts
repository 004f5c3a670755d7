import { parentPort } from "node:worker_threads";
import { renderOfferSheetDocument } from "./document";
import type { RenderReply, RenderRequest } from "./worker-pool";

/**
 * The render thread (./worker-pool.ts starts it): lays out one offer sheet per message and sends
 * the bytes back. It holds no state of its own; its heap is the one that grows with renders.
 */
const port = parentPort;
if (!port) throw new Error("lib/offers/sheet/pdf/worker.ts runs as a worker thread only");

port.on("message", async ({ id, sheet, url, logo }: RenderRequest) => {
  let reply: RenderReply;
  const transfer: ArrayBuffer[] = [];
  try {
    // A Buffer arrives as a plain Uint8Array; react-pdf recognises image data by Buffer.isBuffer.
    const image = logo ? { data: Buffer.from(logo.data.buffer, logo.data.byteOffset, logo.data.byteLength), format: logo.format } : null;
    const bytes = await renderOfferSheetDocument(sheet, image, url);
    // Hand the bytes over without a copy, unless they sit in a slice of a shared pool buffer.
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
    transfer.push(own.buffer as ArrayBuffer);
    reply = { id, bytes: own };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(reply, transfer);
});
