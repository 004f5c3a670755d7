/**
 * Benchmark of the month view (issue 7 « Measured »): a région with 2,000 availability periods all
 * overlapping the month shown, served by the production build; server time per request (p50, p95,
 * max, over sequential requests after a warm-up) and page weight (HTML, raw and gzip), for the admin
 * calendar (rows + students-vs-places summary) and the two exports of the whole filtered view.
 *
 *   npm run bench:calendar                      # embedded PostgreSQL in .data/postgres-bench-calendar
 *   DATABASE_URL=postgres://… npm run bench:calendar
 *   NEXT_DIST_DIR=.next-calendar BENCH_PORT=3190 BENCH_REQUESTS=60 npm run bench:calendar
 *   BENCH_DUMP=/tmp npm run bench:calendar      # also writes each response body there, to inspect
 */
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { createRandom } from "../db/seed/random";
import { addDays } from "../lib/core/dates/paris";
import { buildIfStale } from "../scripts/lib/build";
import { prepareBenchDatabase } from "./lib/database";
import { sessionCookie, startNext, stopNext, waitForServer } from "./lib/server";
import { nth, one } from "@/lib/core/rows";

const root = path.resolve(import.meta.dirname, "..");
const PORT = Number(process.env.BENCH_PORT ?? 3190);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60);
const PERIODS = 2000;
const MONTH = "2027-02";
const REGION = "11";
const DEPARTMENTS = ["75", "77", "78", "91", "92", "93", "94", "95"];
process.env.NEXT_DIST_DIR ??= ".next-bench";
const log = (line: string) => console.log(`[bench:calendar] ${line}`);

// Seeded, so that every run measures the same data.
const { int, pick, chance, pickSome } = createRandom(20_270_201);

async function seedData(url: string): Promise<{ adminId: string }> {
  process.env.DATABASE_URL = url;
  const { db, closeDatabase } = await import("../db/client");
  const schema = await import("../db/schema");
  const { seedReferenceData } = await import("../db/seed/reference");
  await seedReferenceData(db);
  const references = await db.select().from(schema.referenceItems);
  const ids = (kind: string) => references.filter((item) => item.kind === kind).map((item) => item.id);

  const admin = one(
    await db
      .insert(schema.users)
      .values({ kind: "REGIONAL_ADMIN", email: "bench.admin@bench.sses.fr", firstName: "Banc", lastName: "D'essai", regionCode: REGION })
      .returning({ id: schema.users.id }),
  );
  const institutionRows = Array.from({ length: 40 }, (_, index) => ({
    id: randomUUID(),
    name: `${pick(["IFSI", "UFR de médecine", "Faculté de pharmacie", "IFMK", "École de sages-femmes"])} n° ${index + 1}`,
    typeId: pick(ids("INSTITUTION_TYPE")),
    departmentCode: pick(DEPARTMENTS),
    regionCode: REGION,
  }));
  await db.insert(schema.institutions).values(institutionRows);

  const monthStart = `${MONTH}-01`;
  const slots = ["1-am", "1-pm", "2-am", "2-pm", "3-am", "3-pm", "4-am", "4-pm", "5-am", "5-pm"] as const;
  const periods = Array.from({ length: PERIODS }, () => {
    const start = addDays(monthStart, int(-60, 25));
    const end = addDays(start < monthStart ? monthStart : start, int(0, 90));
    const continuous = chance(0.4);
    const weeklySlots = continuous ? [] : pickSome(slots, 1, 6).sort();
    const institution = pick(institutionRows);
    return {
      institutionId: institution.id,
      regionCode: REGION,
      disciplineId: pick(ids("DISCIPLINE")),
      promotion: `Promotion ${int(1, 5)} – groupe ${pick(["A", "B", "C", "D"])}`,
      studentCount: int(8, 160),
      startDate: start,
      endDate: end,
      modality: continuous ? ("CONTINUOUS" as const) : ("SPLIT" as const),
      weeklySlots,
      departmentCodes: [...new Set([institution.departmentCode, ...pickSome(DEPARTMENTS, 0, 3)])].sort(),
      excludedDates: [...new Set(Array.from({ length: int(0, 3) }, () => addDays(start, int(0, 30))))].filter((day) => day <= end).sort(),
      comment: chance(0.5) ? "Examens la dernière semaine ; merci de prévoir un référent sur place pour chaque groupe." : null,
    };
  });
  for (let offset = 0; offset < periods.length; offset += 500) {
    await db
      .insert(schema.availabilityPeriods)
      .values(periods.slice(offset, offset + 500).map((period) => ({ ...period, weeklySlots: period.weeklySlots as (typeof slots)[number][] })));
  }

  // Published offers of the région, for the students-vs-places summary.
  const today = new Date().toISOString().slice(0, 10);
  const structureRows = Array.from({ length: 20 }, (_, index) => ({
    id: randomUUID(),
    name: `Structure ${index + 1}`,
    siren: "732829320",
    offererTypeId: pick(ids("OFFERER_TYPE")),
    street: "1 rue de la Paix",
    postalCode: "93200",
    communeCode: "93066",
    communeName: "Saint-Denis",
    departmentCode: "93",
    regionCode: REGION,
    legalRepCivility: "Madame",
    legalRepLastName: "Martin",
    legalRepFirstName: "Claire",
    legalRepFunction: "Présidente",
    description: "Structure du banc d'essai.",
  }));
  await db.insert(schema.structures).values(structureRows);
  await db.insert(schema.offers).values(
    Array.from({ length: 300 }, (_, index) => ({
      structureId: pick(structureRows).id,
      state: "PUBLISHED" as const,
      name: `Offre ${index + 1}`,
      places: int(1, 12),
      departmentCode: pick(DEPARTMENTS),
      regionCode: REGION,
      periodStart: addDays(monthStart, int(-40, 20)),
      periodEnd: addDays(monthStart, int(30, 120)),
      publicationStart: addDays(today, -10),
      publicationEnd: addDays(today, 60),
    })),
  );
  await closeDatabase();
  return { adminId: admin.id };
}

type Measure = { label: string; p50: number; p95: number; max: number; bytes: number; gzip: number };

async function measure(label: string, url: string, cookie: string): Promise<Measure> {
  const fetchOnce = async () => {
    const started = performance.now();
    const response = await fetch(url, { headers: { cookie, "accept-encoding": "identity" }, redirect: "manual" });
    const body = Buffer.from(await response.arrayBuffer());
    const elapsed = performance.now() - started;
    if (response.status !== 200) throw new Error(`${label} : statut ${response.status}`);
    return { elapsed, body };
  };
  for (let i = 0; i < 5; i++) await fetchOnce();
  const times: number[] = [];
  let body = Buffer.alloc(0);
  for (let i = 0; i < REQUESTS; i++) ({ elapsed: times[i], body } = await fetchOnce());
  if (process.env.BENCH_DUMP) writeFileSync(path.join(process.env.BENCH_DUMP, `${label.replace(/[^\w]+/g, "-")}.out`), body);
  times.sort((a, b) => a - b);
  const percentile = (p: number) => nth(times, Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1));
  return { label, p50: percentile(50), p95: percentile(95), max: times.at(-1)!, bytes: body.length, gzip: gzipSync(body).length };
}

const { url, stop } = await prepareBenchDatabase(root, "calendar");
log(`base prête, ${PERIODS} périodes en cours d'insertion…`);
const { adminId } = await seedData(url);
await buildIfStale(root, log);
const server = startNext(root, PORT, url);
try {
  await waitForServer(PORT);
  const cookie = await sessionCookie(url, adminId);
  const base = `http://localhost:${PORT}`;
  const results = [
    // A light page of the same space, as a yardstick of what the machine's load costs every page.
    await measure("Témoin : /admin/etablissements (40 établissements)", `${base}/admin/etablissements`, cookie),
    await measure("Calendrier admin (page 1, 100 lignes sur 2 000, + bilan)", `${base}/admin/calendrier?mois=${MONTH}`, cookie),
    await measure("Calendrier admin filtré (département 93)", `${base}/admin/calendrier?mois=${MONTH}&departement=93`, cookie),
    await measure("Export CSV (2 000 périodes)", `${base}/admin/calendrier/export.csv?mois=${MONTH}`, cookie),
    await measure("Export iCalendar (2 000 périodes)", `${base}/admin/calendrier/export.ics?mois=${MONTH}`, cookie),
  ];
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} Ko`;
  console.log(
    `\n${PERIODS} périodes dans la région, mois ${MONTH}, ${REQUESTS} requêtes séquentielles après 5 de chauffe, charge de la machine ${loadavg()
      .map((value) => value.toFixed(1))
      .join(" / ")}\n`,
  );
  console.log("| mesure | p50 | p95 | max | poids | gzip |\n|---|---|---|---|---|---|");
  for (const r of results)
    console.log(`| ${r.label} | ${r.p50.toFixed(0)} ms | ${r.p95.toFixed(0)} ms | ${r.max.toFixed(0)} ms | ${kb(r.bytes)} | ${kb(r.gzip)} |`);
  const page = nth(results, 1);
  console.log(`\nObjectif p95 < 300 ms pour la vue du mois : ${page.p95 < 300 ? "atteint" : "NON atteint"} (${page.p95.toFixed(0)} ms).`);
} finally {
  await stopNext(server);
  await stop();
}
