/**
 * The production web server that `npm start` runs (and restarts): Next.js behind a plain Node HTTP
 * server, for three things `next start` does not do (docs/architecture.md#le-serveur-web):
 * - a graceful stop: on SIGTERM it stops accepting, lets the requests in flight finish (at most
 *   SHUTDOWN_GRACE_SECONDS), then exits, so a stop or a deployment cuts no request;
 * - a 503 « Service momentanément indisponible » instead of a 500 while the database is down;
 * - at most UPLOAD_CONCURRENCY large bodies parsed at once, so uploads cannot exhaust the memory (the
 *   streamed upload route, POST /api/fichiers, holds a few slices of a file at a time and is not gated);
 * - the gzip of each cached page kept instead of made again on every request (cached-page-compression.ts),
 *   and the catalogue's searches sent to their cached page without running proxy.ts (catalogue-search-rewrite.ts).
 */
import { createServer, type ServerResponse } from "node:http";
import path from "node:path";
import next from "next";
import { cachedPageCompression } from "./lib/server/cached-page-compression";
import { rewriteCatalogueSearch } from "./lib/server/catalogue-search-rewrite";
import { largeBodyGate } from "./lib/server/large-body-gate";
import { outageRewriter } from "./lib/server/outage-page";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOSTNAME ?? "0.0.0.0";
const graceMs = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 25) * 1000;
const log = (message: string) => console.log(`[sses] ${message}`);

const app = next({ dev: false, dir: root, port, hostname });
await app.prepare();
const handle = app.getRequestHandler();
const admitLargeBody = largeBodyGate({
  thresholdBytes: 1024 * 1024,
  concurrency: Number(process.env.UPLOAD_CONCURRENCY ?? 2),
  maxWaitMs: Number(process.env.UPLOAD_QUEUE_SECONDS ?? 60) * 1000,
});
const watchForOutage = outageRewriter(process.env.DATABASE_URL);
const compressCachedPage = cachedPageCompression();

const inFlight = new Set<ServerResponse>();
let stopping = false;

const server = createServer(async (req, res) => {
  inFlight.add(res);
  // Next itself listens to « close » ten times: one more is expected, not a leak.
  res.setMaxListeners(res.getMaxListeners() + 2);
  res.once("close", () => {
    inFlight.delete(res);
    if (stopping && inFlight.size === 0) finish();
  });
  // While stopping, a request that arrived on an open keep-alive connection is served, and its connection then closed.
  if (stopping) res.setHeader("connection", "close");
  try {
    // POST /api/fichiers reads its body as a stream, a few slices at a time: no need to wait its turn.
    if (!req.url?.startsWith("/api/fichiers") && !(await admitLargeBody(req, res))) return;
    watchForOutage(req, res);
    compressCachedPage(req, res);
    rewriteCatalogueSearch(req, res);
    await handle(req, res);
  } catch (error) {
    console.error("[sses] request failed", error);
    if (!res.headersSent) res.writeHead(500);
    res.end();
  }
});
// Longer than a load balancer's own idle timeout (60 s for most), so it never reuses a connection the server just closed.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => log(`Serveur web prêt sur le port ${port}`));

let finish = () => {};
function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log(`${signal} reçu : plus de nouvelles connexions, ${inFlight.size} requête(s) en cours à terminer (${graceMs / 1000} s au plus)…`);
  const done = new Promise<void>((resolve) => (finish = resolve));
  // The connections of the requests in flight close once they are answered, instead of waiting for more.
  for (const res of inFlight) if (!res.headersSent) res.setHeader("connection", "close");
  server.close();
  server.closeIdleConnections();
  if (inFlight.size === 0) finish();
  const timer = setTimeout(() => {
    log(`Délai d'arrêt écoulé : ${inFlight.size} requête(s) interrompue(s).`);
    finish();
  }, graceMs);
  void done.then(async () => {
    clearTimeout(timer);
    server.closeAllConnections();
    await app.close().catch(() => {});
    process.exit(0);
  });
}
process.on("SIGTERM", () => stop("SIGTERM"));
process.on("SIGINT", () => stop("SIGINT"));
