import { createRequire } from "node:module";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { offers, structures, type NewOffer } from "@/db/schema";
import { COMMUNITY_TEMPLATES } from "@/db/seed/data/offer-templates-community";
import { SCHOOL_TEMPLATES } from "@/db/seed/data/offer-templates-schools";
import { FIELD_TYPE_BY_SETTING, type SiteSetting } from "@/db/seed/data/types";
import { buildSchedule, fillDescription } from "@/db/seed/offer-content";
import { createRandom } from "@/db/seed/random";
import { loadReferenceIds, seedReferenceData } from "@/db/seed/reference";
import { addDays } from "@/lib/core/dates/paris";
import { nth } from "@/lib/core/rows";
import { buildIfStale } from "@/scripts/lib/build";
import { prepareBenchDatabase } from "./database";

/**
 * 10,000 published offers for the catalogue benchmark: the demo's French templates spread over
 * the larger communes of every région, published over the last year, so that searches, filters
 * and sorting meet realistic text and selectivity. Deterministic (seeded PRNG).
 */
const SITE_WORDS: Record<SiteSetting, string> = {
  primary: "école élémentaire",
  secondary: "collège",
  community: "centre social",
  "health-centre": "centre de santé",
  workplace: "site",
  elderly: "EHPAD",
  disability: "IME",
  insertion: "foyer",
  hospital: "hôpital",
  city: "espace",
};
const PEOPLE = [
  "Jean Jaurès",
  "Louise Michel",
  "Victor Hugo",
  "Marie Curie",
  "Jules Ferry",
  "Simone Veil",
  "Pablo Neruda",
  "Albert Camus",
  "Jean Moulin",
  "George Sand",
  "Aimé Césaire",
  "Olympe de Gouges",
];

type RawCommune = { code: string; nom: string; type: string; departement: string; region: string; codesPostaux?: string[]; population?: number };

function largeCommunes(): RawCommune[] {
  const require = createRequire(import.meta.url);
  const all = require("@etalab/decoupage-administratif/data/communes.json") as RawCommune[];
  return all.filter((c) => c.type === "commune-actuelle" && (c.population ?? 0) > 15_000 && c.codesPostaux?.length);
}

export async function seedBenchmarkOffers(db: Database, total: number, today: string): Promise<void> {
  await db.execute(sql`truncate offers, structures restart identity cascade`);
  await seedReferenceData(db);
  const ids = await loadReferenceIds(db);
  const random = createRandom(20_260_101);
  const communes = largeCommunes();
  const templates = [...SCHOOL_TEMPLATES, ...COMMUNITY_TEMPLATES];

  const structureRows = Array.from({ length: 300 }, (_, i) => {
    const commune = nth(communes, (i * 37) % communes.length);
    return {
      name: `Structure d'accueil ${i + 1} de ${commune.nom}`,
      siren: "732829320",
      offererTypeId: ids("OFFERER_TYPE", "Association"),
      street: `${1 + (i % 90)} rue de la République`,
      postalCode: nth(commune.codesPostaux!, 0),
      communeCode: commune.code,
      communeName: commune.nom,
      departmentCode: commune.departement,
      regionCode: commune.region,
      legalRepCivility: "Mme",
      legalRepLastName: "Martin",
      legalRepFirstName: "Claire",
      legalRepFunction: "Présidente",
      description: "Structure qui accueille chaque année des étudiants du service sanitaire pour des actions de prévention.",
    };
  });
  const inserted = await db.insert(structures).values(structureRows).returning({ id: structures.id });

  const rows: NewOffer[] = Array.from({ length: total }, (_, i) => {
    const template = nth(templates, i % templates.length);
    const commune = nth(communes, random.int(0, communes.length - 1));
    const siteName = `${SITE_WORDS[template.setting]} ${random.pick(PEOPLE)}`;
    const publicationStart = addDays(today, -random.int(0, 365));
    const periodStart = addDays(today, random.int(-30, 200));
    const schedule = buildSchedule(template, template.setting, random);
    return {
      structureId: nth(inserted, i % inserted.length).id,
      state: "PUBLISHED",
      name: template.name,
      description: fillDescription(template, siteName),
      themeIds: template.themes.map((t) => ids("THEME", t)),
      targetPublicIds: template.publics.map((p) => ids("TARGET_PUBLIC", p)),
      places: random.int(template.places[0], template.places[1]),
      hostSiteName: siteName.charAt(0).toUpperCase() + siteName.slice(1),
      street: `${random.int(1, 120)} avenue Jean Moulin`,
      postalCode: nth(commune.codesPostaux!, 0),
      communeCode: commune.code,
      communeName: commune.nom,
      departmentCode: commune.departement,
      regionCode: commune.region,
      fieldTypeId: ids("FIELD_TYPE", FIELD_TYPE_BY_SETTING[template.setting]),
      referentName: "Nadia Benali",
      referentJobTitle: "Coordinatrice",
      referentPhone: "01 49 33 00 00",
      referentEmail: "nadia.benali@exemple.fr",
      localReferentName: "Paul Durand",
      localReferentJobTitle: "Infirmier",
      localReferentEmail: "paul.durand@exemple.fr",
      applicationEmail: "candidatures@exemple.fr",
      careModalities: "Séances d'une demi-journée, préparées avec l'équipe.",
      ...schedule,
      periodStart,
      periodEnd: addDays(periodStart, random.int(20, 120)),
      requiredDocuments: "CV\nLettre de motivation",
      offersHousing: random.chance(0.15),
      offersMeals: random.chance(0.4),
      offersTransport: random.chance(0.1),
      publicationStart,
      publicationEnd: addDays(today, random.int(10, 300)),
    };
  });
  for (let start = 0; start < rows.length; start += 1000) {
    await db.insert(offers).values(rows.slice(start, start + 1000));
  }
  await db.execute(sql`analyze offers`);
}

/**
 * What the benchmarks of the public pages start with: a fresh database `sses_bench_<name>` holding
 * `total` published offers, and a production build no older than the sources.
 */
export async function prepareCatalogueBench(root: string, name: string, total: number, today: string, log: (line: string) => void) {
  const prepared = await prepareBenchDatabase(root, name);
  process.env.DATABASE_URL = prepared.url;
  const { db, closeDatabase } = await import("@/db/client");
  log(`Création de ${total} offres publiées…`);
  await seedBenchmarkOffers(db, total, today);
  await closeDatabase();
  await buildIfStale(root, log);
  return prepared;
}
