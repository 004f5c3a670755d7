import { and, arrayOverlaps, asc, count, desc, eq, gte, inArray, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { files, offerAttachments, offers, referenceItems, structures } from "@/db/schema";
import { readFile } from "@/lib/core/files";
import { PAGE_SIZE, periodRange, type CatalogueFilters } from "./filters";
import { publiclyVisibleSql } from "@/lib/offers/visibility";
import { isUuid } from "@/lib/core/validation/ids";
import { one } from "@/lib/core/rows";

/**
 * Reads of the public catalogue. Every function takes `today` (a Paris calendar day) rather than
 * reading the clock: the caller passes `today()` from lib/core/dates/clock, tests pass any day, and the
 * cache layer (cached-queries.ts) gets the day in its key, so a date boundary changes the key.
 * Results hold only JSON values (no Date), since the cache stores them as JSON.
 */

const EXCERPT_LENGTH = 200;

/** What a result card shows; the description is cut in SQL to keep the page light. */
const cardColumns = {
  id: offers.id,
  name: offers.name,
  excerpt: sql<string>`left(${offers.description}, ${EXCERPT_LENGTH})`.as("excerpt"),
  themeIds: offers.themeIds,
  places: offers.places,
  hostSiteName: offers.hostSiteName,
  communeName: offers.communeName,
  departmentCode: offers.departmentCode,
  regionCode: offers.regionCode,
  fieldTypeId: offers.fieldTypeId,
  periodStart: offers.periodStart,
  periodEnd: offers.periodEnd,
  publicationStart: sql<string>`${offers.publicationStart}`.mapWith(String).as("publication_start"),
  publicationEnd: sql<string>`${offers.publicationEnd}`.mapWith(String).as("publication_end"),
  offersHousing: offers.offersHousing,
  offersMeals: offers.offersMeals,
  structureName: structures.name,
};

export type CatalogueCard = {
  id: number;
  name: string;
  excerpt: string;
  themeIds: number[];
  places: number | null;
  hostSiteName: string | null;
  communeName: string | null;
  departmentCode: string | null;
  regionCode: string;
  fieldTypeId: number | null;
  periodStart: string | null;
  periodEnd: string | null;
  publicationStart: string;
  publicationEnd: string;
  offersHousing: boolean;
  offersMeals: boolean;
  structureName: string;
};

export type CatalogueResults = {
  cards: CatalogueCard[];
  total: number;
  /** The page shown: an absurd page number falls back to the last page. */
  page: number;
  pageCount: number;
};

function tsQuery(q: string): SQL {
  // websearch_to_tsquery never raises on user syntax (quotes, « or », « - »), unlike to_tsquery.
  return sql`websearch_to_tsquery('french_unaccent', ${q})`;
}

/** The WHERE of a search: visibility first, then each filter that is set. */
export function catalogueConditions(filters: CatalogueFilters, today: string): SQL {
  return and(publiclyVisibleSql(today), ...catalogueFilterConditions(filters)) as SQL;
}

/** Each catalogue filter that is set, as a condition on `offers` (the regional admins' list applies them too). */
export function catalogueFilterConditions(filters: CatalogueFilters): SQL[] {
  const conditions: SQL[] = [];
  if (filters.q) conditions.push(sql`${offers.search} @@ ${tsQuery(filters.q)}`);
  if (filters.themes.length > 0) conditions.push(arrayOverlaps(offers.themeIds, filters.themes));
  if (filters.publics.length > 0) conditions.push(arrayOverlaps(offers.targetPublicIds, filters.publics));
  if (filters.fieldTypes.length > 0) conditions.push(inArray(offers.fieldTypeId, filters.fieldTypes));
  if (filters.region) conditions.push(eq(offers.regionCode, filters.region));
  if (filters.department) conditions.push(eq(offers.departmentCode, filters.department));
  const period = periodRange(filters);
  // Overlap of two inclusive ranges; an offer without a stated period is not limited in time.
  if (period?.to) conditions.push(sql`(${offers.periodStart} is null or ${offers.periodStart} <= ${period.to}::date)`);
  if (period?.from) conditions.push(sql`(${offers.periodEnd} is null or ${offers.periodEnd} >= ${period.from}::date)`);
  // « Plage d'accueil » selon le mois (docs/produit.md#plage-daccueil-selon-le-mois): some month of the range must have a half-day.
  if (period) {
    const from = period.from ? sql` and m.month >= ${period.from.slice(0, 7)}` : sql``;
    const to = period.to ? sql` and m.month <= ${period.to.slice(0, 7)}` : sql``;
    conditions.push(
      sql`(${offers.monthlySlots} is null or ${offers.weeklySlots} = '{}' or exists (select 1 from jsonb_each(${offers.monthlySlots}) as m(month, slots) where jsonb_array_length(m.slots) > 0${from}${to}))`,
    );
  }
  if (filters.housing) conditions.push(eq(offers.offersHousing, true));
  if (filters.meals) conditions.push(eq(offers.offersMeals, true));
  if (filters.minPlaces) conditions.push(gte(offers.places, filters.minPlaces));
  return conditions;
}

function orderBy(filters: CatalogueFilters): SQL[] {
  // « les dernières publications sont affichées en début de liste »; by relevance when searching.
  const latest = [desc(offers.publicationStart), desc(offers.id)];
  return filters.q ? [sql`ts_rank_cd(${offers.search}, ${tsQuery(filters.q)}) desc`, ...latest] : latest;
}

async function selectCards(where: SQL, order: SQL[], limit: number, offset: number): Promise<CatalogueCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(offers)
    .innerJoin(structures, eq(structures.id, offers.structureId))
    .where(where)
    .orderBy(...order)
    .limit(limit)
    .offset(offset);
  return rows;
}

/** One page of public offers matching the filters, with the total count. */
export async function searchPublicOffers(filters: CatalogueFilters, today: string): Promise<CatalogueResults> {
  const where = catalogueConditions(filters, today);
  const order = orderBy(filters);
  const [{ total }, firstTry] = await Promise.all([
    db.select({ total: count() }).from(offers).where(where).then(one),
    selectCards(where, order, PAGE_SIZE, (filters.page - 1) * PAGE_SIZE),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (filters.page <= pageCount) return { cards: firstTry, total, page: filters.page, pageCount };
  const cards = await selectCards(where, order, PAGE_SIZE, (pageCount - 1) * PAGE_SIZE);
  return { cards, total, page: pageCount, pageCount };
}

/** The home page's « dernières offres publiées ». */
export async function listLatestPublicOffers(today: string, limit = 6): Promise<CatalogueCard[]> {
  return selectCards(publiclyVisibleSql(today), [desc(offers.publicationStart), desc(offers.id)], limit, 0);
}

/** For sitemap.xml. */
export async function listPublicOfferIds(today: string): Promise<{ id: number; updatedAt: string }[]> {
  return db
    .select({ id: offers.id, updatedAt: sql<string>`to_char(${offers.updatedAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')` })
    .from(offers)
    .where(publiclyVisibleSql(today))
    .orderBy(desc(offers.publicationStart), desc(offers.id))
    .limit(50_000);
}

export type ReferenceOption = { id: number; label: string; isActive: boolean };
export type CatalogueReferences = { themes: ReferenceOption[]; publics: ReferenceOption[]; fieldTypes: ReferenceOption[] };

/** Thématiques, publics cibles and types de terrain: filter options (active ones) and card labels (all). */
export async function listCatalogueReferences(): Promise<CatalogueReferences> {
  const rows = await db
    .select({ id: referenceItems.id, kind: referenceItems.kind, label: referenceItems.label, isActive: referenceItems.isActive })
    .from(referenceItems)
    .where(inArray(referenceItems.kind, ["THEME", "TARGET_PUBLIC", "FIELD_TYPE"]))
    .orderBy(asc(referenceItems.position), asc(referenceItems.id));
  const pick = (kind: string) => rows.filter((r) => r.kind === kind).map(({ id, label, isActive }) => ({ id, label, isActive }));
  return { themes: pick("THEME"), publics: pick("TARGET_PUBLIC"), fieldTypes: pick("FIELD_TYPE") };
}

export type PublicAttachment = { fileId: string; name: string; size: number; mimeType: string };

/** The labels of reference ids, in the reference list's order (a deactivated item keeps its label). */
function referenceLabels(ids: typeof offers.themeIds | typeof offers.targetPublicIds): SQL<string[]> {
  return sql<
    string[]
  >`array(select ${referenceItems.label} from ${referenceItems} where ${referenceItems.id} = any(${ids}) order by ${referenceItems.position}, ${referenceItems.id})`;
}

/** Every public field of the offer (docs/produit.md#ce-que-voit-le-public), listed one by one: internal columns never leave the server, even into the cache. */
const publicOfferColumns = {
  id: offers.id,
  version: offers.version,
  name: offers.name,
  description: offers.description,
  themeIds: offers.themeIds,
  themeLabels: referenceLabels(offers.themeIds),
  targetPublicIds: offers.targetPublicIds,
  targetPublicLabels: referenceLabels(offers.targetPublicIds),
  places: offers.places,
  hostSiteName: offers.hostSiteName,
  street: offers.street,
  postalCode: offers.postalCode,
  communeName: offers.communeName,
  departmentCode: offers.departmentCode,
  regionCode: offers.regionCode,
  fieldTypeId: offers.fieldTypeId,
  fieldTypeLabel: sql<string | null>`(select ${referenceItems.label} from ${referenceItems} where ${referenceItems.id} = ${offers.fieldTypeId})`,
  referentName: offers.referentName,
  referentJobTitle: offers.referentJobTitle,
  referentPhone: offers.referentPhone,
  referentEmail: offers.referentEmail,
  localReferentName: offers.localReferentName,
  localReferentJobTitle: offers.localReferentJobTitle,
  localReferentPhone: offers.localReferentPhone,
  localReferentEmail: offers.localReferentEmail,
  applicationEmail: offers.applicationEmail,
  careModalities: offers.careModalities,
  periodKind: offers.periodKind,
  periodStart: offers.periodStart,
  periodEnd: offers.periodEnd,
  weeklySlots: offers.weeklySlots,
  monthlySlots: offers.monthlySlots,
  requiredDocuments: offers.requiredDocuments,
  offersHousing: offers.offersHousing,
  offersMeals: offers.offersMeals,
  offersTransport: offers.offersTransport,
  publicationStart: sql<string>`${offers.publicationStart}`.mapWith(String),
  publicationEnd: sql<string>`${offers.publicationEnd}`.mapWith(String),
  structure: {
    name: structures.name,
    description: structures.description,
    logoFileId: structures.logoFileId,
    communeName: structures.communeName,
    departmentCode: structures.departmentCode,
  },
};

function selectPublicOffer(id: number, today: string) {
  return db
    .select(publicOfferColumns)
    .from(offers)
    .innerJoin(structures, eq(structures.id, offers.structureId))
    .where(and(eq(offers.id, id), publiclyVisibleSql(today)));
}

export type PublicOffer = Awaited<ReturnType<typeof selectPublicOffer>>[number] & { attachments: PublicAttachment[] };

/** The offer as the public sees it, or null when it is not public (→ 404, whatever the reason). */
export async function getPublicOffer(id: number, today: string): Promise<PublicOffer | null> {
  if (!Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) return null;
  const [row] = await selectPublicOffer(id, today);
  if (!row) return null;
  const attachments = await db
    .select({ fileId: files.id, name: files.name, size: files.size, mimeType: files.mimeType })
    .from(offerAttachments)
    .innerJoin(files, eq(files.id, offerAttachments.fileId))
    .where(eq(offerAttachments.offerId, id))
    .orderBy(asc(offerAttachments.position), asc(files.name));
  return { ...row, attachments };
}

export type PublicFile = { name: string; mimeType: string; content: Buffer };

/**
 * A stored file, only when the public may download it: the logo of a structure that is not frozen,
 * or an attachment of a public offer. Anything else (a pending revision's attachment, a help form's
 * file, a draft's document) is null, as is a malformed id.
 */
export async function getPublicFile(fileId: string, today: string): Promise<PublicFile | null> {
  if (!isUuid(fileId)) return null;
  const [allowed] = await db
    .select({ id: files.id })
    .from(files)
    .where(
      and(
        eq(files.id, fileId),
        sql`(exists (select 1 from ${structures} where ${structures.logoFileId} = ${files.id} and ${structures.frozenAt} is null)
          or exists (select 1 from ${offerAttachments} join ${offers} on ${offers.id} = ${offerAttachments.offerId}
                      where ${offerAttachments.fileId} = ${files.id} and ${publiclyVisibleSql(today)}))`,
      ),
    );
  return allowed ? readFile(allowed.id) : null;
}

/** The logo bytes of a public offer's structure, for its PDF. */
export async function getLogoContent(fileId: string): Promise<Buffer | null> {
  if (!isUuid(fileId)) return null;
  return (await readFile(fileId))?.content ?? null;
}
