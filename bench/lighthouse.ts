/**
 * Lighthouse on the public pages, as a phone on 4G sees them (issue 16 §18): `npm run bench:lighthouse`.
 *
 * Seeds published offers into a fresh database (bench/lib/database.ts: `sses_bench_lighthouse`),
 * serves the production build on a loopback port and runs Lighthouse's mobile preset (simulated
 * slow 4G and a 4× slower CPU) with Debian's Chromium, headless, on `/`, `/offres`, an offer,
 * `/inscription` and the static legal page as the yardstick of the shell. Pages alternate within
 * each round and each figure is the median of the rounds: the machine is shared, and a neighbour's
 * burst must hit every page alike. Prints, per page: the performance score, FCP, LCP, TBT, CLS,
 * Speed Index, the JavaScript and CSS transferred, and the accessibility, best-practices and SEO scores.
 *
 * With BENCH_BASELINE_DIST (another build directory, e.g. one built from main), serves it too on
 * BENCH_PORT + 1 and alternates the two builds page by page: a before/after under the same load.
 *
 * Environment: BENCH_OFFERS (2000), BENCH_PORT (3197), BENCH_ROUNDS (3), NEXT_DIST_DIR,
 * BENCH_BASELINE_DIST, BENCH_SERVER (`next` for `next start` instead of scripts/serve.ts, the server of `npm start`), CHROMIUM_PATH (/usr/bin/chromium), BENCH_DUMP (a folder: keeps every report's
 * JSON, to open in the Lighthouse viewer and see where the time goes).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { parisToday } from "@/lib/core/dates/paris";
import { prepareCatalogueBench } from "./lib/catalogue-seed";
import { startNext, stopNext, waitForServer } from "./lib/server";
import { nth } from "@/lib/core/rows";

const root = path.resolve(import.meta.dirname, "..");
const OFFERS = Number(process.env.BENCH_OFFERS ?? 2_000);
const PORT = Number(process.env.BENCH_PORT ?? 3197);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const BASELINE = process.env.BENCH_BASELINE_DIST;
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const log = (line: string) => console.log(`[bench] ${line}`);

type Run = {
  performance: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  speedIndex: number;
  scriptBytes: number;
  stylesheetBytes: number;
  fontBytes: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  benchmarkIndex: number;
};

type LighthouseResult = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function summarise(lhr: LighthouseResult): Run {
  const metric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? NaN) * 100);
  const resources = (lhr.audits["resource-summary"]?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined)?.items ?? [];
  const bytes = (type: string) => resources.find((item) => item.resourceType === type)?.transferSize ?? 0;
  return {
    performance: score("performance"),
    fcp: metric("first-contentful-paint"),
    lcp: metric("largest-contentful-paint"),
    tbt: metric("total-blocking-time"),
    cls: metric("cumulative-layout-shift"),
    speedIndex: metric("speed-index"),
    scriptBytes: bytes("script"),
    stylesheetBytes: bytes("stylesheet"),
    fontBytes: bytes("font"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    seo: score("seo"),
    benchmarkIndex: lhr.environment.benchmarkIndex,
  };
}

const median = (values: number[]) =>
  nth(
    [...values].sort((a, b) => a - b),
    Math.floor(values.length / 2),
  );

function medianRun(runs: Run[]): Run {
  const keys = Object.keys(runs[0] ?? {}) as (keyof Run)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as Run;
}

/** The pages measured, the first published offer of the listing standing for « /offres/[id] ». */
async function pagesOf(base: string): Promise<Record<string, string>> {
  const listing = await (await fetch(`${base}/offres`)).text();
  const offer = /href="(\/offres\/\d+)"/.exec(listing)?.[1];
  if (!offer) throw new Error("aucune offre dans /offres");
  return { "/mentions-legales (static)": "/mentions-legales", "/": "/", "/offres": "/offres", "/offres/[id]": offer, "/inscription": "/inscription" };
}

async function main() {
  const today = parisToday();
  const { url, stop } = await prepareCatalogueBench(root, "lighthouse", OFFERS, today, log);
  const builds: { name: string; port: number; dist?: string }[] = [{ name: process.env.NEXT_DIST_DIR ?? ".next", port: PORT }];
  if (BASELINE) builds.unshift({ name: BASELINE, port: PORT + 1, dist: BASELINE });
  const servers = builds.map((build) =>
    startNext(root, build.port, url, build.dist ? { NEXT_DIST_DIR: build.dist } : {}, { production: process.env.BENCH_SERVER !== "next" }),
  );
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
  try {
    for (const build of builds) await waitForServer(build.port);
    const pages = await pagesOf(`http://localhost:${PORT}`);
    const runs = new Map<string, Run[]>();
    const loads: number[] = [];
    for (const build of builds) {
      // A first visit of every page: the cached pages render once, the server loads its chunks.
      for (const page of Object.values(pages)) await fetch(`http://localhost:${build.port}${page}`);
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const [name, page] of Object.entries(pages)) {
        for (const build of builds) {
          const result = await lighthouse(`http://localhost:${build.port}${page}`, {
            port: chrome.port,
            output: "json",
            logLevel: "error",
            onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
          });
          if (!result) throw new Error(`Lighthouse n'a rien rendu pour ${page}`);
          if (result.lhr.runtimeError) throw new Error(`${page} : ${result.lhr.runtimeError.message}`);
          const key = `${build.name}\t${name}`;
          if (process.env.BENCH_DUMP) {
            mkdirSync(process.env.BENCH_DUMP, { recursive: true });
            const file = `${build.name}${page}`.replace(/[^a-z0-9]+/gi, "_");
            writeFileSync(path.join(process.env.BENCH_DUMP, `${file}-${round + 1}.json`), JSON.stringify(result.lhr));
          }
          runs.set(key, [...(runs.get(key) ?? []), summarise(result.lhr)]);
          loads.push(os.loadavg()[0] ?? NaN);
        }
      }
      log(`tour ${round + 1}/${ROUNDS} fini (charge ${os.loadavg()[0]?.toFixed(1)})`);
    }
    console.log(`\n## Lighthouse, préréglage mobile — ${new Date().toISOString()} — ${OFFERS} offres publiées\n`);
    console.log(
      `Machine : ${os.cpus().length} cœurs, charge moyenne sur 1 min pendant les mesures : médiane ${median(loads).toFixed(1)}, de ${Math.min(...loads).toFixed(1)} à ${Math.max(...loads).toFixed(1)} ; ` +
        `médianes de ${ROUNDS} tours alternés\n`,
    );
    console.log("| build | page | performance | FCP | LCP | TBT | CLS | Speed Index | JS | CSS | polices | a11y / BP / SEO | benchmarkIndex |");
    console.log("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
    const s = (value: number) => `${(value / 1000).toFixed(2)} s`;
    const kib = (value: number) => `${(value / 1024).toFixed(1)} KiB`;
    for (const [key, list] of runs) {
      const [build, page] = key.split("\t");
      const m = medianRun(list);
      console.log(
        `| ${build} | ${page} | **${m.performance}** (${list.map((run) => run.performance).join(", ")}) | ${s(m.fcp)} | ${s(m.lcp)} | ${m.tbt.toFixed(0)} ms | ${m.cls.toFixed(3)} | ${s(m.speedIndex)} | ` +
          `${kib(m.scriptBytes)} | ${kib(m.stylesheetBytes)} | ${kib(m.fontBytes)} | ${m.accessibility} / ${m.bestPractices} / ${m.seo} | ${m.benchmarkIndex.toFixed(0)} |`,
      );
    }
  } finally {
    chrome.kill();
    for (const server of servers) await stopNext(server);
    await stop();
  }
}

await main();
