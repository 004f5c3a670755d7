import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import type { OfferSheet } from "../offer-sheet";
import type { OfferSheetLogo } from "./document";

/**
 * PDF renders run in a worker thread, not in the server's own heap. A render allocates ~15 MB of
 * short-lived objects (layout, text runs, yoga nodes); the part still alive at each scavenge is
 * promoted, and the main heap, whose limit is sized for the whole server, let that garbage pile up
 * to 350–600 MB before collecting it, then kept the pages (measured: RSS +310 MB over 500 renders).
 * A worker with a bounded old generation collects early, so its footprint stays bounded; it is
 * replaced after a number of renders (whatever react-pdf keeps across renders goes with it) and
 * ends after a quiet minute, which gives its memory back to the system.
 */
export type RenderRequest = {
  id: number;
  sheet: OfferSheet;
  url: string;
  logo: { data: Uint8Array; format: OfferSheetLogo["format"] } | null;
};
export type RenderReply = { id: number; bytes: Uint8Array } | { id: number; error: string };

export type RenderPoolOptions = {
  /** Renders after which the thread is replaced (it ends once its last render is answered). */
  rendersPerWorker: number;
  /** A thread without work for this long ends. */
  idleMs: number;
  resourceLimits: ResourceLimits;
};

type Job = { request: RenderRequest; resolve: (bytes: Buffer) => void; reject: (error: Error) => void };
type Thread = { worker: Worker; jobs: Map<number, Job>; renders: number; idle?: NodeJS.Timeout };

// Run from sources (tsx in scripts, vitest), Node 20 cannot load worker.ts by itself, and tsx does
// not register in worker threads: the thread registers it before importing its entry. Next bundles
// `new Worker(new URL(…))` with its imports into a plain JS chunk, so the server never needs this.
let fromSources = false;

function spawn(resourceLimits: ResourceLimits): Worker {
  if (!fromSources) return new Worker(new URL("./worker.ts", import.meta.url), { resourceLimits });
  const entry = pathToFileURL(path.join(path.dirname(fileURLToPath(import.meta.url)), "worker.ts")).href;
  const bootstrap = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

export function createRenderPool(options: RenderPoolOptions) {
  const threads = new Set<Thread>();
  let current: Thread | null = null;
  let nextId = 1;
  let launched = 0;

  function launch(): Thread {
    const thread: Thread = { worker: spawn(options.resourceLimits), jobs: new Map(), renders: 0 };
    threads.add(thread);
    thread.worker.on("message", (reply: RenderReply) => settle(thread, reply));
    thread.worker.on("error", (error) => fail(thread, error));
    thread.worker.on("exit", () => fail(thread, new Error("Le fil de rendu PDF s'est arrêté")));
    return thread;
  }

  function retire(thread: Thread) {
    if (current === thread) current = null;
    clearTimeout(thread.idle);
    if (thread.jobs.size === 0) void thread.worker.terminate();
  }

  function settle(thread: Thread, reply: RenderReply) {
    const job = thread.jobs.get(reply.id);
    if (!job) return;
    thread.jobs.delete(reply.id);
    if ("bytes" in reply) job.resolve(Buffer.from(reply.bytes.buffer, reply.bytes.byteOffset, reply.bytes.byteLength));
    else job.reject(new Error(`Rendu PDF impossible : ${reply.error}`));
    if (thread.jobs.size > 0) return;
    if (thread !== current) {
      void thread.worker.terminate();
      return;
    }
    // Idle: the thread no longer keeps the process alive, and ends if nothing comes.
    thread.worker.unref();
    thread.idle = setTimeout(() => retire(thread), options.idleMs).unref();
  }

  function fail(thread: Thread, error: Error) {
    threads.delete(thread);
    clearTimeout(thread.idle);
    if (current === thread) current = null;
    const jobs = [...thread.jobs.values()];
    thread.jobs.clear();
    if ((error as { code?: string }).code === "ERR_UNKNOWN_FILE_EXTENSION" && !fromSources) {
      fromSources = true;
      const replacement = launch();
      replacement.renders = thread.renders;
      current ??= replacement;
      for (const job of jobs) post(replacement, job);
      return;
    }
    for (const job of jobs) job.reject(error);
  }

  function post(thread: Thread, job: Job) {
    clearTimeout(thread.idle);
    thread.worker.ref();
    thread.jobs.set(job.request.id, job);
    thread.worker.postMessage(job.request);
  }

  return {
    render(sheet: OfferSheet, url: string, logo: OfferSheetLogo | null): Promise<Buffer> {
      if (current && current.renders >= options.rendersPerWorker) retire(current);
      if (!current) {
        current = launch();
        launched++;
      }
      const thread = current;
      thread.renders++;
      // A copy of the logo's own bytes: a Buffer from the database driver may be a view on a
      // larger buffer, which a message would copy whole.
      const request: RenderRequest = { id: nextId++, sheet, url, logo: logo && { data: new Uint8Array(logo.data), format: logo.format } };
      return new Promise<Buffer>((resolve, reject) => post(thread, { request, resolve, reject }));
    },
    /** Ends every thread; pending renders are rejected. */
    async stop() {
      current = null;
      await Promise.all([...threads].map((thread) => thread.worker.terminate()));
    },
    stats() {
      return { launched, alive: threads.size };
    },
  };
}
