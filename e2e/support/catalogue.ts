import { randomBytes } from "node:crypto";
import type postgres from "postgres";
import { addDays, parisToday } from "../../lib/core/dates/paris";

type Sql = ReturnType<typeof postgres>;

/**
 * Data of the catalogue specs, written straight into the e2e database: each test makes its own
 * structure and offers, named with a word nobody else uses, and searches for that word. A new
 * search is a new cache key, so rows inserted behind the app's back are seen at once.
 */
export function uniqueWord(): string {
  // Letters only, so that the French stemmer keeps it one token; no accents, no digits.
  const letters = "bcdfghjklmnpqrstvwxz";
  return "zq" + Array.from(randomBytes(8), (b) => letters[b % letters.length]).join("");
}

export const TODAY = parisToday();

export async function referenceIdOf(sql: Sql, kind: string, label: string): Promise<number> {
  const [row] = await sql<{ id: number }[]>`select id from reference_items where kind = ${kind} and label = ${label}`;
  if (!row) throw new Error(`reference item missing: ${kind} ${label}`);
  return row.id;
}

export async function createStructure(sql: Sql, values: { name: string; regionCode?: string; departmentCode?: string; logoFileId?: string }) {
  const [offererType] = await sql<{ id: number }[]>`select id from reference_items where kind = 'OFFERER_TYPE' order by position limit 1`;
  const [row] = await sql<{ id: string }[]>`
    insert into structures (name, siren, offerer_type_id, street, postal_code, commune_code, commune_name, department_code, region_code,
      legal_rep_civility, legal_rep_last_name, legal_rep_first_name, legal_rep_function, description, logo_file_id)
    values (${values.name}, '732829320', ${offererType.id}, '1 rue de la Paix', '93200', '93066', 'Saint-Denis',
      ${values.departmentCode ?? "93"}, ${values.regionCode ?? "11"}, 'Madame', 'Martin', 'Claire', 'Présidente',
      ${"Association de prévention qui accueille des étudiants en santé depuis 2019."}, ${values.logoFileId ?? null})
    returning id`;
  return row.id;
}

export type OfferValues = {
  structureId: string;
  name: string;
  state?: string;
  description?: string;
  hostSiteName?: string;
  themeIds?: number[];
  targetPublicIds?: number[];
  fieldTypeId?: number | null;
  places?: number;
  communeName?: string;
  postalCode?: string;
  departmentCode?: string;
  regionCode?: string;
  periodStart?: string | null;
  periodEnd?: string | null;
  weeklySlots?: string[];
  offersHousing?: boolean;
  offersMeals?: boolean;
  publicationStart?: string;
  publicationEnd?: string;
};

export async function insertOffer(sql: Sql, v: OfferValues): Promise<number> {
  const [row] = await sql<{ id: number }[]>`
    insert into offers (structure_id, state, name, description, theme_ids, target_public_ids, places, host_site_name, street, postal_code,
      commune_code, commune_name, department_code, region_code, field_type_id, referent_name, referent_job_title, referent_phone,
      referent_email, application_email, care_modalities, period_kind, period_start, period_end, weekly_slots, required_documents,
      offers_housing, offers_meals, publication_start, publication_end)
    values (${v.structureId}, ${v.state ?? "PUBLISHED"}, ${v.name},
      ${v.description ?? "Ateliers de prévention animés par les étudiants en santé, préparés avec l'équipe."},
      ${sql.array(v.themeIds ?? [], 23)}, ${sql.array(v.targetPublicIds ?? [], 23)}, ${v.places ?? 4},
      ${v.hostSiteName ?? "Maison de quartier"}, '12 avenue Jean Moulin', ${v.postalCode ?? "93200"}, '93066',
      ${v.communeName ?? "Saint-Denis"}, ${v.departmentCode ?? "93"}, ${v.regionCode ?? "11"}, ${v.fieldTypeId ?? null},
      'Nadia Benali', 'Coordinatrice', '01 49 33 00 00', 'nadia.benali@exemple.fr', 'candidatures@exemple.fr',
      'Tous les lundis matin', 'SPLIT', ${v.periodStart === undefined ? addDays(TODAY, 20) : v.periodStart},
      ${v.periodEnd === undefined ? addDays(TODAY, 80) : v.periodEnd}, ${sql.array(v.weeklySlots ?? ["1-am", "3-pm"], 25)},
      ${"CV\nLettre de motivation"}, ${v.offersHousing ?? false}, ${v.offersMeals ?? false},
      ${v.publicationStart ?? addDays(TODAY, -2)}, ${v.publicationEnd ?? addDays(TODAY, 60)})
    returning id`;
  return row.id;
}

export async function insertFile(sql: Sql, name: string, mimeType: string, content: Buffer): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into files (name, mime_type, size, sha256, content) values (${name}, ${mimeType}, ${content.length}, 'e2e', ${content}) returning id`;
  return row.id;
}

export async function attachFile(sql: Sql, offerId: number, fileId: string) {
  await sql`insert into offer_attachments (offer_id, file_id) values (${offerId}, ${fileId})`;
}
