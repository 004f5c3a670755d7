/**
 * The public catalogue's benchmark (issue 3, « Measured »): `npm run bench:catalogue`.
 *
 * Seeds 10,000 published offers into a fresh database (bench/lib/database.ts: `sses_bench_catalogue`
 * on the server of DATABASE_URL, or on the embedded one in `.data/postgres-bench-catalogue`),
 * serves the production build on a loopback port with the server of `npm start` and prints:
 * - requests/s of `/offres` (cached) and of a filtered search against a static page of the same
 *   server, and their ratios;
 * - server time p50/p95 of five typical searches, timed in-process on the query functions, and
 *   the EXPLAIN (ANALYZE) plans of full-text searches (GIN index);
 * - the PDF's median warm render time and the memory growth over 500 renders (the whole process's
 *   RSS, the render thread included);
 * - the weight of `/offres` (HTML with its inline RSC payload, the RSC payload of a client
 *   navigation) for 20 offers, and its first-load JavaScript.
 *
 * Environment: BENCH_OFFERS (10000), BENCH_PORT (3199), BENCH_SECONDS (12), NEXT_DIST_DIR, BENCH_GZIP (1;
 * 0 asks for uncompressed pages), BENCH_SERVER (`next` for `next start` instead of scripts/serve.ts), BENCH_THROUGHPUT_ONLY (1: throughput and weights only, no in-process part).
 */
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { parisToday } from "@/lib/core/dates/paris";
import { prepareCatalogueBench } from "./lib/catalogue-seed";
import { measureThroughput, timeIt } from "./lib/load";
import { startNext, stopNext, waitForServer } from "./lib/server";
import { nth, one } from "@/lib/core/rows";

const root = path.resolve(import.meta.dirname, "..");
const OFFERS = Number(process.env.BENCH_OFFERS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3199);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 12);
const base = `http://localhost:${PORT}`;
const log = (line: string) => console.log(`[bench] ${line}`);
const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type PageName = "static" | "catalogue" | "search" | "department";

async function throughput(serverPid: number | undefined) {
  const pages: Record<PageName, string> = {
    static: `${base}/mentions-legales`,
    // The cached page of the unfiltered listing (app/offres/[[...cle]]).
    catalogue: `${base}/offres`,
    // Rewritten by proxy.ts to the cached page of their filters: students search more than they browse.
    search: `${base}/offres?q=sommeil`,
    department: `${base}/offres?departement=93`,
  };
  const names = Object.keys(pages) as PageName[];
  // As every browser asks (BENCH_GZIP=0: uncompressed, as the figures before issue 16 were measured).
  const gzip = process.env.BENCH_GZIP !== "0";
  for (const url of Object.values(pages)) await measureThroughput(url, { seconds: 2, gzip });
  // Short runs, interleaved, and the median of each: this machine is shared, and a neighbour's
  // burst must hit every page alike rather than one of them.
  const rps = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<PageName, number[]>;
  const cpu = Object.fromEntries(names.map((name) => [name, [] as number[]])) as Record<PageName, number[]>;
  const rounds = 6;
  for (let round = 0; round < rounds; round++) {
    for (const name of names) {
      const url = pages[name];
      const run = await measureThroughput(url, { seconds: SECONDS / rounds, serverPid, gzip });
      if (run.errors > 0) throw new Error(`${run.errors} errors on ${url}`);
      rps[name].push(run.requestsPerSecond);
      if (run.serverCpuMicrosPerRequest !== null) cpu[name].push(run.serverCpuMicrosPerRequest);
    }
  }
  const median = (values: number[]) =>
    values.length === 0
      ? NaN
      : nth(
          [...values].sort((a, b) => a - b),
          Math.floor(values.length / 2),
        );
  // Per round, so that each ratio compares two pages measured under the same neighbours.
  const ratio = (name: PageName) => median(rps[name].map((value, i) => value / nth(rps.static, i)));
  const cpuRatio = (name: PageName) => median(cpu[name].map((value, i) => nth(cpu.static, i) / value));
  return {
    gzip,
    pages: names.map((name) => ({
      name,
      path: new URL(pages[name]).pathname + new URL(pages[name]).search,
      rps: median(rps[name]),
      ratio: ratio(name),
      cpuMicros: median(cpu[name]),
      cpuRatio: cpuRatio(name),
    })),
  };
}

async function weights() {
  const response = await fetch(`${base}/offres`);
  const html = await response.text();
  const cards = new Set(html.match(/href="\/offres\/\d+"/g) ?? []).size;
  const rsc = await (await fetch(`${base}/offres?_rsc=bench`, { headers: { RSC: "1" } })).text();
  // Next's polyfills come as a `noModule` script, which browsers that run modules never download.
  const scripts = [
    ...new Set(
      [...html.matchAll(/<script([^>]+)>/g)]
        .map((m) => m[1] ?? "")
        .filter((attributes) => !/nomodule/i.test(attributes))
        .map((attributes) => /src="([^"]+)"/.exec(attributes)?.[1]),
    ),
  ].filter((src): src is string => src !== undefined);
  let js = 0;
  let jsGzip = 0;
  for (const src of scripts) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    js += body.length;
    jsGzip += gzipSync(body).length;
  }
  return {
    cards,
    html: Buffer.byteLength(html),
    htmlGzip: gzipSync(html).length,
    rsc: Buffer.byteLength(rsc),
    rscGzip: gzipSync(rsc).length,
    scripts: scripts.length,
    js,
    jsGzip,
  };
}

async function inProcess(databaseUrl: string, today: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { db, closeDatabase } = await import("@/db/client");
  const { count } = await import("drizzle-orm");
  const { offers } = await import("@/db/schema");
  const { EMPTY_FILTERS } = await import("@/lib/offers/catalogue/filters");
  const { catalogueConditions, getPublicOffer, searchPublicOffers, listCatalogueReferences } = await import("@/lib/offers/catalogue/queries");
  const refs = await listCatalogueReferences();
  const theme = (label: string) => refs.themes.find((t) => t.label === label)!.id;
  const searches = {
    "dernières publications, page 1": { ...EMPTY_FILTERS },
    "« sommeil écrans »": { ...EMPTY_FILTERS, q: "sommeil écrans" },
    "thématique Vaccination + région Grand Est": { ...EMPTY_FILTERS, themes: [theme("Vaccination")], region: "44" },
    "« hôpital » + département 59 + un mois": { ...EMPTY_FILTERS, q: "hôpital", department: "59", month: today.slice(0, 7) },
    "hébergement + 5 places + page 3": { ...EMPTY_FILTERS, housing: true, minPlaces: 5, page: 3 },
  };
  const timings: Record<string, { p50: number; p95: number; total: number }> = {};
  for (const [name, filters] of Object.entries(searches)) {
    await timeIt(5, () => searchPublicOffers(filters, today));
    const { total } = await searchPublicOffers(filters, today);
    timings[name] = { ...(await timeIt(60, () => searchPublicOffers(filters, today))), total };
  }
  // The plan of the count for a few words: the planner reads the GIN index for a word that a few
  // percent of the offers hold, and may prefer reading the table itself (about 2,000 pages here)
  // for one that one offer in seven holds, as « hôpital » in these generated texts.
  const explain = async (q: string) => {
    const query = db
      .select({ total: count() })
      .from(offers)
      .where(catalogueConditions({ ...EMPTY_FILTERS, q }, today))
      .toSQL();
    const rows = await db.$client.unsafe(`explain (analyze, costs off, timing off) ${query.sql}`, query.params as never[]);
    return rows.map((row) => String(Object.values(row)[0]));
  };
  const plan = await explain("sommeil écrans");
  const planSummaries = await Promise.all(
    ["prévention", "vaccination", "hôpital"].map(async (q) => {
      const lines = await explain(q);
      const scan =
        lines
          .find((line) => /Index Scan|Seq Scan/.test(line))
          ?.trim()
          .replace(/^->\s*/, "") ?? "?";
      const time = lines.find((line) => line.startsWith("Execution Time"))?.replace("Execution Time: ", "") ?? "?";
      return `« ${q} » : ${scan}, ${time}`;
    }),
  );

  const { buildOfferSheet } = await import("@/lib/offers/sheet/offer-sheet");
  const { pdfRenderThreads, renderOfferSheetPdfUncached, stopPdfRenders } = await import("@/lib/offers/sheet/pdf/render");
  const first = one((await searchPublicOffers({ ...EMPTY_FILTERS }, today)).cards);
  const sheet = buildOfferSheet((await getPublicOffer(first.id, today))!);
  // Renders run in a worker thread (lib/offers/sheet/pdf/worker-pool.ts), which takes this process's
  // environment when it starts: React's production build, as under `next start` (the development
  // build keeps a debug stack per element, which is not what the server pays).
  Object.assign(process.env, { NODE_ENV: "production" });
  const render = () => renderOfferSheetPdfUncached(sheet, `${base}/offres/${first.id}`, null);
  // The first renders raise the process's high-water mark; the growth that matters for a
  // long-running server is the one after that, hence 250 renders first. RSS is the whole
  // process's, render thread included (threads share the process's memory).
  const gc = (globalThis as { gc?: () => void }).gc;
  const settle = async () => {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
    gc?.();
  };
  await settle();
  const cold = process.memoryUsage();
  const renders: number[] = [];
  for (let i = 0; i < 250; i++) {
    const start = performance.now();
    await render();
    if (i >= 150) renders.push(performance.now() - start);
  }
  renders.sort((a, b) => a - b);
  await settle();
  const before = process.memoryUsage();
  // RSS oscillates with each collection of the render thread: its highest point counts too.
  let peakRss = before.rss;
  for (let i = 1; i <= 500; i++) {
    await render();
    if (i % 25 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  await settle();
  const after = process.memoryUsage();
  const threads = pdfRenderThreads();
  // What the server goes back to once the thread has ended (after an idle minute).
  await stopPdfRenders();
  await settle();
  const stopped = process.memoryUsage();
  await closeDatabase();
  return {
    timings,
    plan,
    planSummaries,
    pdf: {
      median: nth(renders, Math.floor(renders.length / 2)),
      warmUpRss: before.rss - cold.rss,
      rssGrowth: after.rss - before.rss,
      peakGrowth: peakRss - before.rss,
      heapGrowth: after.heapUsed - before.heapUsed,
      stoppedRss: stopped.rss - cold.rss,
      threads: threads.launched,
      gcExposed: !!gc,
    },
  };
}

async function main() {
  const today = parisToday();
  const { url, stop } = await prepareCatalogueBench(root, "catalogue", OFFERS, today, log);
  // As `npm start`, no `-H 127.0.0.1`: Next would then see its own rewrites as external (it names
  // the request host « localhost ») and proxy them over HTTP.
  // The server `npm start` runs (scripts/serve.ts); BENCH_SERVER=next: `next start`, as before issue 16.
  const server = startNext(root, PORT, url, {}, { production: process.env.BENCH_SERVER !== "next" });
  try {
    await waitForServer(PORT);
    const { gzip, pages } = await throughput(server.pid);
    const weight = await weights();
    if (process.env.BENCH_THROUGHPUT_ONLY === "1") {
      for (const page of pages)
        console.log(
          `- ${page.path} : ${page.rps.toFixed(0)} req/s, rapport ${page.ratio.toFixed(2)} ; CPU ${page.cpuMicros.toFixed(0)} µs, rapport ${page.cpuRatio.toFixed(2)}`,
        );
      console.log(
        `/offres : HTML ${kb(weight.html)} (gzip ${kb(weight.htmlGzip)}) ; charge ${os
          .loadavg()
          .map((l) => l.toFixed(1))
          .join(" / ")}`,
      );
      return;
    }
    const measures = await inProcess(url, today);
    console.log(`\n## Catalogue benchmark — ${new Date().toISOString()} — ${OFFERS} offres publiées\n`);
    // A shared machine: the load says how far the absolute figures can be trusted (ratios hold better).
    console.log(
      `Machine : ${os.cpus().length} cœurs, charge moyenne ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ")} (1, 5, 15 min)\n`,
    );
    console.log(
      `Débit (médianes de 6 tours alternés, ${SECONDS} s en tout par page, 16 connexions, boucle locale, ${gzip ? "Accept-Encoding: gzip" : "sans compression"}) et temps CPU du serveur par requête :`,
    );
    for (const page of pages) {
      console.log(
        `- ${page.path} : ${page.rps.toFixed(0)} req/s, rapport ${page.ratio.toFixed(2)} ; CPU ${page.cpuMicros.toFixed(0)} µs/requête, rapport ${page.cpuRatio.toFixed(2)}`,
      );
    }
    console.log("\nTemps serveur des recherches (en processus, 60 exécutions) :");
    for (const [name, t] of Object.entries(measures.timings)) console.log(`- ${name} (${t.total} résultats) : p50 ${ms(t.p50)}, p95 ${ms(t.p95)}`);
    console.log("\nEXPLAIN (ANALYZE) du comptage pour « sommeil écrans » :");
    for (const line of measures.plan) console.log(`    ${line}`);
    console.log("Et pour d'autres mots :");
    for (const line of measures.planSummaries) console.log(`- ${line}`);
    const pdf = measures.pdf;
    console.log(
      `\nPDF (fil de rendu dédié, ${pdf.threads} fil(s) démarré(s)) : médiane ${ms(pdf.median)} à chaud (rendus 151 à 250) ; mise en route (250 premiers rendus) : RSS +${mb(pdf.warmUpRss)} ; ` +
        `500 rendus suivants : RSS du processus ${mb(pdf.rssGrowth)} (au plus haut ${mb(pdf.peakGrowth)}), tas JS du fil principal ${mb(pdf.heapGrowth)} ; ` +
        `fil arrêté : RSS ${mb(pdf.stoppedRss)} par rapport au départ${pdf.gcExposed ? "" : " (sans --expose-gc : mesure approximative)"}`,
    );
    console.log(
      `\nPoids de /offres (${weight.cards} offres) : HTML ${kb(weight.html)} (gzip ${kb(weight.htmlGzip)}), charge RSC d'une navigation ${kb(weight.rsc)} (gzip ${kb(weight.rscGzip)}) ; JavaScript au premier chargement : ${weight.scripts} fichiers, ${kb(weight.js)} (gzip ${kb(weight.jsGzip)})`,
    );
  } finally {
    await stopNext(server);
    await stop();
  }
}

await main();
