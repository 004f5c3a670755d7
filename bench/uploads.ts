/**
 * What concurrent uploads cost the server's memory (bench/README.md « Mémoire des envois »): the
 * production server of `npm start` (scripts/serve.ts) receives 6 « Formulaire d'assistance »
 * submissions at once, each with 3 attachments of 10 MB, by both paths:
 * - with JavaScript: each file streamed to POST /api/fichiers?pour=assistance (one after the other),
 *   then the form with the files' « id:token »;
 * - without: posted as a form without JavaScript does (multipart, the action's id in `$ACTION_ID_…`),
 *   once with the default gate (UPLOAD_CONCURRENCY, 2 large bodies parsed at once) and once without
 *   it (6 at once, as before the gate).
 * Reported: the server's resident memory before, and its peak (VmHWM) after.
 *
 *   npm run bench:uploads
 */
import { readFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import path from "node:path";
import { prepareBenchDatabase } from "./lib/database";
import { freePort, startWebServer, stopProcess, waitForStatus } from "../test/web-servers";
import { buildIfStale } from "../scripts/lib/build";

const root = path.resolve(import.meta.dirname, "..");
const REQUESTS = 6;
const FILES = 3;
const FILE_BYTES = 10 * 1024 * 1024;
const DEFAULT_CONCURRENCY = 2; // scripts/serve.ts: UPLOAD_CONCURRENCY
const log = (line: string) => console.log(`[bench:uploads] ${line}`);

const memory = (pid: number) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kib = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
  return { rss: Math.round(kib("VmRSS") / 1024), peak: Math.round(kib("VmHWM") / 1024) };
};

function actionId(exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next", "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.exportedName === exportedName);
  if (!entry) throw new Error(`no server action ${exportedName}`);
  return entry[0];
}

/** A file that starts like a PDF, `bytes` long. */
function pdfOf(bytes: number): Uint8Array<ArrayBuffer> {
  const file = new Uint8Array(bytes);
  file.set(new TextEncoder().encode("%PDF-1.4\n%%EOF\n"));
  return file;
}

type Path = "flux" | "formulaire";

async function measure(url: string, concurrency: number, route: Path) {
  const port = await freePort();
  const server = startWebServer(port, { DATABASE_URL: url, UPLOAD_CONCURRENCY: String(concurrency), UPLOAD_QUEUE_SECONDS: "600" });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForStatus(`${base}/api/health`, 200, server, 300_000);
    // Warm up the page and the action once, small, so that « before » counts the loaded code.
    const id = actionId("submitSupportRequestAction");
    // With JavaScript: the files first, streamed, then the form with their « id:token ».
    const stream = async (bytes: number) => {
      const refs: string[] = [];
      for (let file = 0; file < FILES; file++) {
        const body = new FormData();
        body.append("file", new Blob([pdfOf(bytes)], { type: "application/pdf" }), `piece-${file}.pdf`);
        const response = await fetch(`${base}/api/fichiers?pour=assistance`, { method: "POST", body });
        const answer = (await response.json()) as { fileId?: string; token?: string; message?: string };
        if (response.status !== 201) return response.status;
        refs.push(`${answer.fileId}:${answer.token}`);
      }
      return post(0, refs);
    };
    const post = async (bytes: number, refs: string[] = []) => {
      const form = new FormData();
      form.set(`$ACTION_ID_${id}`, "");
      for (const ref of refs) form.append("uploadedFiles", ref);
      for (const [name, value] of Object.entries({
        requesterRole: "OTHER",
        regionCode: "11",
        name: "Mesure mémoire",
        email: `mesure-${crypto.randomUUID()}@example.org`,
        topic: "technique",
        subject: "Mesure",
        message: "Pièces jointes lourdes",
      }))
        form.set(name, value);
      if (bytes > 0)
        for (let file = 0; file < FILES; file++) form.append("attachments", new Blob([pdfOf(bytes)], { type: "application/pdf" }), `piece-${file}.pdf`);
      const response = await fetch(`${base}/aide/assistance`, { method: "POST", body: form });
      await response.arrayBuffer();
      return response.status;
    };
    const send = route === "flux" ? stream : post;
    await send(1024);
    const before = memory(server.pid!);
    const started = Date.now();
    const statuses = await Promise.all(Array.from({ length: REQUESTS }, () => send(FILE_BYTES)));
    const after = memory(server.pid!);
    return { before: before.rss, peak: after.peak, seconds: (Date.now() - started) / 1000, statuses };
  } finally {
    await stopProcess(server);
  }
}

await buildIfStale(root, log);
const { url, stop } = await prepareBenchDatabase(root, "uploads");
process.env.DATABASE_URL = url;
const { db, closeDatabase } = await import("../db/client");
await (await import("../db/seed/reference")).seedReferenceData(db);
await (await import("../db/seed/demo")).seedDemoData(db);
try {
  // The streamed path, then the form without JavaScript with the default gate and with none (all six
  // at once); BENCH_UPLOAD_LEVELS=1,2,6 to compare other gates, BENCH_UPLOAD_LEVELS= for the streamed path alone.
  const runs: [Path, number][] = [
    ["flux", DEFAULT_CONCURRENCY],
    ...(process.env.BENCH_UPLOAD_LEVELS ?? `${DEFAULT_CONCURRENCY},${REQUESTS}`)
      .split(",")
      .filter(Boolean)
      .map((level): [Path, number] => ["formulaire", Number(level)]),
  ];
  for (const [route, concurrency] of runs) {
    // Each run starts with the limits of the public form at zero (all requests come from 127.0.0.1).
    await db.execute(sql`delete from limit_events`);
    const since = new Date();
    const result = await measure(url, concurrency, route);
    const stored = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from support_requests where created_at >= ${since.toISOString()}::timestamptz and cardinality(attachment_file_ids) = ${FILES}`,
    );
    const label = route === "flux" ? "avec JavaScript (POST /api/fichiers en flux)" : `sans JavaScript, UPLOAD_CONCURRENCY=${concurrency}`;
    log(
      `${label} : ${REQUESTS} envois de ${FILES} × 10 Mo — mémoire ${result.before} Mo avant, pic ${result.peak} Mo ; ` +
        `${result.seconds.toFixed(1)} s ; réponses ${result.statuses.join(", ")} ; demandes enregistrées avec leurs ${FILES} pièces : ${stored[0]?.n}`,
    );
  }
} finally {
  await closeDatabase();
  await stop();
}
