/**
 * Benchmark of the offer lifecycle (issue 5 « Measured »):
 *
 * 1. the cron's state recomputation over 100,000 offers (target < 1 s, one statement): a run that
 *    moves a realistic share of them, and the every-minute run that finds nothing to do;
 * 2. « Offres » of a structure with 2,000 offers (target: server time p95 < 100 ms): the query
 *    in-process, then the whole page served by the production build (skip with BENCH_HTTP=0).
 *
 *   npm run bench:offers                          # embedded PostgreSQL in .data/postgres-bench-offers
 *   DATABASE_URL=postgres://… npm run bench:offers
 *   NEXT_DIST_DIR=.next-offers BENCH_PORT=3191 BENCH_REQUESTS=100 npm run bench:offers
 */
import path from "node:path";
import { sql } from "drizzle-orm";
import { buildIfStale } from "../scripts/lib/build";
import { prepareBenchDatabase } from "./lib/database";
import { percentile, timeIt } from "./lib/load";
import { sessionCookie, startNext, stopNext, waitForServer } from "./lib/server";
import { nth, one } from "@/lib/core/rows";

const root = path.resolve(import.meta.dirname, "..");
const OFFERS = 100_000;
const STRUCTURE_OFFERS = 2_000;
const PORT = Number(process.env.BENCH_PORT ?? 3191);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const TRIALS = 5;
process.env.NEXT_DIST_DIR ??= ".next-bench";
const log = (line: string) => console.log(`[bench:offers] ${line}`);

const { url, stop } = await prepareBenchDatabase(root, "offers");
process.env.DATABASE_URL = url;
const { db, closeDatabase } = await import("../db/client");
const { seedReferenceData } = await import("../db/seed/reference");
const { today } = await import("../lib/core/dates/clock");
const { recomputeOfferStates } = await import("../lib/core/cron/recompute-offer-states");
const { listStructureOffers } = await import("../lib/offers/queries");
const { EMPTY_SPACE_FILTERS } = await import("../lib/offers/filters");
const { addDays } = await import("../lib/core/dates/paris");

const day = today();
try {
  await seedReferenceData(db);
  log(`insertion de ${OFFERS.toLocaleString("fr-FR")} offres (500 structures) et d'une structure de ${STRUCTURE_OFFERS} offres…`);
  // Set-based, deterministic. A fifth of the offers are drafts and a fifth pending; the rest were
  // validated, with publication windows of 30 to 120 days spread over a year around `day`, and
  // their stored state is what yesterday's cron left. So the run of `day` moves what crosses a
  // date today, as in production, and a run `lag` days later catches up a cron that was down.
  await db.execute(sql`
    insert into structures (name, siren, offerer_type_id, street, postal_code, commune_code, commune_name, department_code, region_code,
                            legal_rep_civility, legal_rep_last_name, legal_rep_first_name, legal_rep_function, description)
    select 'Structure ' || g, '732829320', (select id from reference_items where kind = 'OFFERER_TYPE' order by position limit 1),
           '1 rue de la Paix', '93200', '93066', 'Saint-Denis', '93', '11', 'Mme', 'Martin', 'Claire', 'Présidente', 'Structure du banc d''essai.'
      from generate_series(0, 500) g`);
  const themes = await db.execute<{ id: number }>(sql`select id from reference_items where kind = 'THEME' order by position`);
  const fieldTypes = await db.execute<{ id: number }>(sql`select id from reference_items where kind = 'FIELD_TYPE' order by position`);
  const structureIds = await db.execute<{ id: string; name: string }>(sql`select id, name from structures order by name`);
  const idArray = (ids: string[]) => sql.raw(`'{${ids.join(",")}}'::uuid[]`);
  const yesterday = addDays(day, -1);
  const insertOffers = (count: number, ids: string[]) =>
    db.execute(sql`
      insert into offers (structure_id, state, name, description, theme_ids, target_public_ids, places, host_site_name, street, postal_code,
                          commune_code, commune_name, department_code, region_code, field_type_id, application_email,
                          publication_start, publication_end, weekly_slots)
      select (${idArray(ids)})[1 + g % ${sql.raw(String(ids.length))}],
             case when g % 5 = 0 then 'DRAFT'::offer_state
                  when g % 5 = 1 then 'PENDING'::offer_state
                  when ${yesterday}::date < start then 'VALIDATED'::offer_state
                  when ${yesterday}::date > start + duration then 'EXPIRED'::offer_state
                  else 'PUBLISHED'::offer_state end,
             'Atelier de prévention n° ' || g, 'Ateliers de prévention menés par les étudiants du service sanitaire.',
             array[${sql.raw(String(nth(themes, 0).id))} + g % ${sql.raw(String(themes.length))}]::integer[], '{}'::integer[], 1 + g % 20,
             'École ' || g % 97, '3 rue de l''École', '93200', '93066', 'Saint-Denis', '93', '11',
             ${sql.raw(String(nth(fieldTypes, 0).id))} + g % ${sql.raw(String(fieldTypes.length))}, 'stage@exemple.fr',
             start, start + duration, '{1-am,3-pm}'::text[]
        from generate_series(1, ${count}) g,
             lateral (select ${day}::date + ((g::bigint * 7919) % 365 - 240)::integer as start, (30 + (g::bigint * 104729) % 91)::integer as duration) d`);
  await insertOffers(
    OFFERS,
    structureIds.filter((row) => row.name !== "Structure 0").map((row) => row.id),
  );
  await insertOffers(
    STRUCTURE_OFFERS,
    structureIds.filter((row) => row.name === "Structure 0").map((row) => row.id),
  );
  // A plain table: the pool may run the next statements on other connections.
  await db.execute(sql`drop table if exists bench_initial_states`);
  await db.execute(sql`create table bench_initial_states as select id, state from offers`);

  // ——— 1. Recomputation ———
  async function reset() {
    await db.execute(sql`update offers o set state = i.state from bench_initial_states i where o.id = i.id and o.state <> i.state`);
    await db.execute(sql`truncate offer_status_history, activity_log`);
    await db.execute(sql`vacuum analyze offers`);
  }
  const recomputation: { label: string; moved: number; median: number; max: number }[] = [];
  for (const [label, lag] of [
    ["le passage du jour (la veille à jour)", 0],
    ["rattrapage après 7 jours d'arrêt", 6],
    ["rattrapage après 30 jours d'arrêt", 29],
  ] as const) {
    const times: number[] = [];
    let moved = 0;
    for (let run = 0; run < TRIALS; run++) {
      await reset();
      const start = performance.now();
      moved = (await recomputeOfferStates(db, addDays(day, lag))).length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    recomputation.push({ label, moved, median: percentile(times, 50), max: times.at(-1)! });
  }
  const idle = await timeIt(20, () => recomputeOfferStates(db, addDays(day, 29)));

  // ——— 2. « Offres » of a structure with 2,000 offers ———
  const big = one(await db.execute<{ id: string }>(sql`select id from structures where name = 'Structure 0'`));
  const validator = one(
    await db.execute<{ id: string }>(sql`
    insert into users (kind, email, first_name, last_name, structure_id, permissions)
    values ('OFFERER', 'valideur@bench.sses.fr', 'Banc', 'D''essai', ${big.id}, '{VALIDEUR,GESTIONNAIRE}') returning id`),
  );
  const queries = {
    "page 1, en attente d'abord (valideur)": () => listStructureOffers(big.id, EMPTY_SPACE_FILTERS, { waitingFirst: true }),
    "dernière page (100)": () => listStructureOffers(big.id, { ...EMPTY_SPACE_FILTERS, page: 100 }),
    "filtre nom « prévention n° 1 »": () => listStructureOffers(big.id, { ...EMPTY_SPACE_FILTERS, name: "prévention n° 1" }),
    "filtres état + thématique + dates": () =>
      listStructureOffers(big.id, { ...EMPTY_SPACE_FILTERS, state: "PUBLISHED", themeId: nth(themes, 1).id, after: day.slice(0, 8) + "01" }),
  };
  const queryResults: [string, { p50: number; p95: number }][] = [];
  for (const [label, run] of Object.entries(queries)) {
    await timeIt(5, run);
    queryResults.push([label, await timeIt(REQUESTS, run)]);
  }
  await closeDatabase();

  let pageResult: { p50: number; p95: number; max: number } | null = null;
  if (process.env.BENCH_HTTP !== "0") {
    await buildIfStale(root, log);
    const server = startNext(root, PORT, url);
    try {
      await waitForServer(PORT);
      const cookie = await sessionCookie(url, validator.id);
      const pageUrl = `http://localhost:${PORT}/espace/offres`;
      const once = async () => {
        const started = performance.now();
        const response = await fetch(pageUrl, { headers: { cookie }, redirect: "manual" });
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`/espace/offres : statut ${response.status}`);
        return performance.now() - started;
      };
      for (let i = 0; i < 5; i++) await once();
      const times: number[] = [];
      for (let i = 0; i < REQUESTS; i++) times.push(await once());
      times.sort((a, b) => a - b);
      pageResult = { p50: percentile(times, 50), p95: percentile(times, 95), max: times.at(-1)! };
    } finally {
      await stopNext(server);
    }
  }

  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `\nRecalcul des états, ${(OFFERS + STRUCTURE_OFFERS).toLocaleString("fr-FR")} offres, jour ${day} (une instruction SQL sous verrou consultatif)\n`,
  );
  console.log("| mesure | offres déplacées | médiane | max |\n|---|---|---|---|");
  for (const r of recomputation) console.log(`| ${r.label}, ${TRIALS} essais | ${r.moved.toLocaleString("fr-FR")} | ${ms(r.median)} | ${ms(r.max)} |`);
  console.log(`| rien à déplacer (le passage de chaque minute), 20 essais | 0 | ${ms(idle.p50)} | p95 ${ms(idle.p95)} |`);
  // The target is the run of every day over the whole table; catch-ups after an outage are shown beside it.
  const daily = Math.max(nth(recomputation, 0).max, idle.p95);
  console.log(`\nObjectif < 1 s pour le passage du jour : ${daily < 1000 ? "atteint" : "NON atteint"} (pire ${ms(daily)}).`);
  for (const r of recomputation.slice(1)) console.log(`${r.label} : ${r.median < 1000 ? "sous" : "au-dessus de"} 1 s en médiane (${ms(r.median)}).`);
  console.log(`\n« Offres » d'une structure de ${STRUCTURE_OFFERS} offres, ${REQUESTS} requêtes séquentielles après 5 de chauffe\n`);
  console.log("| mesure | p50 | p95 |\n|---|---|---|");
  for (const [label, result] of queryResults) console.log(`| requête : ${label} | ${ms(result.p50)} | ${ms(result.p95)} |`);
  if (pageResult) console.log(`| page /espace/offres servie par le build de production (valideur) | ${ms(pageResult.p50)} | ${ms(pageResult.p95)} |`);
  const worst = Math.max(...queryResults.map(([, r]) => r.p95), pageResult?.p95 ?? 0);
  console.log(`\nObjectif p95 < 100 ms : ${worst < 100 ? "atteint" : "NON atteint"} (pire p95 ${ms(worst)}).`);
} finally {
  await closeDatabase().catch(() => {});
  await stop();
}
