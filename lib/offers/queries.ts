import { and, asc, count, desc, eq, gte, ilike, lte, or, sql, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { activityLog, offers, offerStatusHistory, referenceItems, users, type Offer, type OfferState, type OfferValidationMode } from "@/db/schema";
import { getRegionSettings } from "@/lib/regions/settings";
import { parisDayEnd, parisDayStart } from "@/lib/core/dates/paris";
import { ACTIVITY_KINDS, type ActivityKind } from "@/lib/structures/activity-filters";
import { describeAttachments, type AttachmentSummary } from "./attachments";
import { SPACE_PAGE_SIZE, type SpaceOfferFilters, type SpaceOfferSort } from "./filters";
import { attachmentIdsOf, findOpenRevision, revisionContent } from "./revisions";
import type { FullContent } from "./content";
import { validatorOf } from "./validation-mode";
import { waitingForValidation } from "./waiting";
import { inStructureSpace } from "./visibility";
import type { OfferRevision } from "@/db/schema";
import { parseSerialId } from "@/lib/core/validation/ids";
import { containsPattern } from "@/lib/core/validation/like";
import { one } from "@/lib/core/rows";

/**
 * Reads of the offerer space. Every function takes the caller's structure and filters on it in
 * SQL: a forged offer id or a filter cannot reach another structure's rows.
 */
export type SpaceOfferRow = {
  id: number;
  name: string;
  fieldTypeLabel: string | null;
  state: OfferState;
  publicationStart: string | null;
  publicationEnd: string | null;
  hostSiteName: string | null;
  communeName: string | null;
  departmentCode: string | null;
  places: number | null;
  applicationEmail: string | null;
  /** The open modification of a live offer, if any. */
  revisionState: OfferRevision["state"] | null;
  /** A draft whose last change was « Renvoyer pour correction »: « À corriger » in the list. */
  sentBack: boolean;
  themeLabels: string[];
};

export type SpaceOfferPage = { rows: SpaceOfferRow[]; total: number; page: number; pageCount: number };

// `%` and `_` typed by a user are letters, not wildcards.
const openRevisionState = sql<
  OfferRevision["state"] | null
>`(select r.state from offer_revisions r where r.offer_id = ${offers.id} and r.state in ('DRAFT', 'PENDING', 'SENT_BACK') order by r.created_at desc limit 1)`;

function conditions(structureId: string, filters: SpaceOfferFilters): SQL {
  const where: (SQL | undefined)[] = [inStructureSpace(structureId)];
  if (filters.name) {
    const number = parseSerialId(filters.name);
    const byNumber = number !== null ? eq(offers.id, number) : undefined;
    where.push(or(ilike(offers.name, containsPattern(filters.name)), byNumber));
  }
  if (filters.fieldTypeId) where.push(eq(offers.fieldTypeId, filters.fieldTypeId));
  // « En attente de validation » lists what a VALIDEUR counts: new offers and modifications of live ones (docs/produit.md#espace-offreur).
  if (filters.state === "PENDING") where.push(waitingForValidation);
  else if (filters.state) where.push(eq(offers.state, filters.state));
  if (filters.after) where.push(gte(offers.publicationStart, filters.after));
  if (filters.before) where.push(lte(offers.publicationEnd, filters.before));
  if (filters.hostSite) where.push(ilike(offers.hostSiteName, containsPattern(filters.hostSite)));
  if (filters.department) where.push(eq(offers.departmentCode, filters.department));
  if (filters.themeId) where.push(sql`${filters.themeId}::integer = any(${offers.themeIds})`);
  return and(...where) as SQL;
}

const rowColumns = {
  id: offers.id,
  name: offers.name,
  fieldTypeLabel: referenceItems.label,
  state: offers.state,
  publicationStart: offers.publicationStart,
  publicationEnd: offers.publicationEnd,
  hostSiteName: offers.hostSiteName,
  communeName: offers.communeName,
  departmentCode: offers.departmentCode,
  places: offers.places,
  applicationEmail: offers.applicationEmail,
  revisionState: openRevisionState,
  sentBack: sql<boolean>`(${offers.state} = 'DRAFT' and coalesce((select h.action in ('send_back', 'recall') from offer_status_history h where h.offer_id = ${offers.id} order by h.created_at desc, h.id desc limit 1), false))`,
  themeLabels: sql<string[]>`array(select t.label from reference_items t where t.id = any(${offers.themeIds}) order by t.position, t.id)`,
};

/**
 * The order of « Trier par »; the number breaks ties so that paging is stable. Publication dates:
 * the latest start first, offers without dates (drafts) last; the name in French order, case and
 * accents aside.
 */
function sortOrder(sort: SpaceOfferSort): SQL[] {
  switch (sort) {
    case "publication":
      return [sql`${offers.publicationStart} desc nulls last`, sql`${offers.publicationEnd} desc nulls last`, desc(offers.id)];
    case "modification":
      return [desc(offers.updatedAt), desc(offers.id)];
    case "nom":
      return [sql`lower(unaccent(${offers.name}))`, asc(offers.id)];
    case "recent":
      return [desc(offers.id)];
  }
}

/**
 * « Offres »: 20 a page, in the order chosen (the most recent first by default); for a VALIDEUR what waits for validation first
 * (guide IDF: « le tableau est automatiquement filtré pour faire apparaître les offres en attente
 * de validation en haut du tableau »), a pending modification of a live offer included.
 */
export async function listStructureOffers(structureId: string, filters: SpaceOfferFilters, options: { waitingFirst?: boolean } = {}): Promise<SpaceOfferPage> {
  const where = conditions(structureId, filters);
  const pageOf = (page: number) =>
    db
      .select(rowColumns)
      .from(offers)
      .leftJoin(referenceItems, eq(referenceItems.id, offers.fieldTypeId))
      .where(where)
      .orderBy(...(options.waitingFirst && filters.sort === "recent" ? [desc(waitingForValidation)] : []), ...sortOrder(filters.sort))
      .limit(SPACE_PAGE_SIZE)
      .offset((page - 1) * SPACE_PAGE_SIZE);
  // The count and the page at once; a page number past the end (an old link) falls back to the last page.
  const [{ total }, requested] = await Promise.all([db.select({ total: count() }).from(offers).where(where).then(one), pageOf(filters.page)]);
  const pageCount = Math.max(1, Math.ceil(total / SPACE_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = page === filters.page ? requested : await pageOf(page);
  return { rows, total, page, pageCount };
}

/** The CSV export: the same filters, every row (capped: a structure has hundreds, not millions). */
export async function exportStructureOffers(structureId: string, filters: SpaceOfferFilters, limit = 10_000): Promise<SpaceOfferRow[]> {
  return db
    .select(rowColumns)
    .from(offers)
    .leftJoin(referenceItems, eq(referenceItems.id, offers.fieldTypeId))
    .where(conditions(structureId, filters))
    .orderBy(...sortOrder(filters.sort))
    .limit(limit);
}

/** The départements of the structure's offers, for the filter. */
export async function listStructureOfferDepartments(structureId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ code: offers.departmentCode })
    .from(offers)
    .where(and(inStructureSpace(structureId), sql`${offers.departmentCode} is not null`))
    .orderBy(asc(offers.departmentCode));
  return rows.flatMap((row) => (row.code ? [row.code] : []));
}

export type SpaceOffer = {
  offer: Offer;
  /** What the wizard and the read-only blocks show: the open revision's content, or the offer's. */
  content: FullContent;
  revision: OfferRevision | null;
  attachments: AttachmentSummary[];
  authorName: string | null;
  /** Who validates it now (docs/produit.md#qui-valide): what the workflow plans its buttons with. */
  validatedBy: OfferValidationMode;
};

/** One offer of the caller's structure, or null (another structure's, deleted, or no such offer). */
export async function getStructureOffer(structureId: string, offerId: number): Promise<SpaceOffer | null> {
  return findConsultedOffer(offerId, inStructureSpace(structureId));
}

/**
 * The offer as its consultation page shows it, within `scope` (the caller's ownership condition:
 * their structure here, their région for a regional admin), or null.
 */
export async function findConsultedOffer(offerId: number, scope: SQL): Promise<SpaceOffer | null> {
  if (!Number.isSafeInteger(offerId) || offerId < 1 || offerId > 2_147_483_647) return null;
  const [row] = await db
    .select({ offer: offers, authorFirstName: users.firstName, authorLastName: users.lastName })
    .from(offers)
    .leftJoin(users, eq(users.id, offers.authorId))
    .where(and(eq(offers.id, offerId), scope))
    .limit(1);
  if (!row) return null;
  const { offer } = row;
  const revision = offer.state === "VALIDATED" || offer.state === "PUBLISHED" ? await findOpenRevision(db, offer.id) : null;
  const content = revision ? revisionContent(offer, revision) : (offer as FullContent);
  const fileIds = revision?.content.attachmentFileIds ?? (await attachmentIdsOf(db, offer.id));
  return {
    offer,
    content,
    revision,
    attachments: await describeAttachments(db, fileIds),
    authorName: row.authorFirstName ? `${row.authorFirstName} ${row.authorLastName}` : null,
    validatedBy: validatorOf(offer, revision, (await getRegionSettings(offer.regionCode)).offerValidation),
  };
}

export type HistoryEntry = {
  id: number;
  at: Date;
  action: string;
  fromState: OfferState | null;
  toState: OfferState;
  actorName: string | null;
  comment: string | null;
};

/** « Historique »: who, when, from, to, comment (docs/produit.md#suppression-et-historique), oldest first. */
export async function listOfferHistory(offerId: number): Promise<HistoryEntry[]> {
  const rows = await db
    .select({
      id: offerStatusHistory.id,
      at: offerStatusHistory.createdAt,
      action: offerStatusHistory.action,
      fromState: offerStatusHistory.fromState,
      toState: offerStatusHistory.toState,
      firstName: users.firstName,
      lastName: users.lastName,
      comment: offerStatusHistory.comment,
    })
    .from(offerStatusHistory)
    .leftJoin(users, eq(users.id, offerStatusHistory.actorId))
    .where(eq(offerStatusHistory.offerId, offerId))
    .orderBy(asc(offerStatusHistory.createdAt), asc(offerStatusHistory.id));
  return rows.map(({ firstName, lastName, ...row }) => ({ ...row, actorName: firstName ? `${firstName} ${lastName}` : null }));
}

export type ActivityEntry = { id: number; at: Date; summary: string; offerId: number | null; offerDeleted: boolean };

/** « Toute l'activité »'s filters (lib/structures/activity-filters.ts): a kind of subject, Paris days, both included. */
export type ActivityQuery = { kind?: ActivityKind | null; from?: string | null; to?: string | null };

function activityWhere(structureId: string, { kind, from, to }: ActivityQuery): SQL | undefined {
  return and(
    eq(activityLog.structureId, structureId),
    kind ? eq(activityLog.subjectType, ACTIVITY_KINDS[kind].subjectType) : undefined,
    from ? gte(activityLog.createdAt, parisDayStart(from)) : undefined,
    to ? lte(activityLog.createdAt, parisDayEnd(to)) : undefined,
  );
}

/**
 * The structure's activity (who did what to which offer, when), latest first; whether the offer has since been deleted.
 * « Activité récente » reads the latest 12, « Toute l'activité » a page of the filtered log.
 */
export async function listStructureActivity(
  structureId: string,
  { limit = 12, offset = 0, ...query }: ActivityQuery & { limit?: number; offset?: number } = {},
): Promise<ActivityEntry[]> {
  const rows = await db
    .select({
      id: activityLog.id,
      at: activityLog.createdAt,
      summary: activityLog.summary,
      subjectType: activityLog.subjectType,
      subjectId: activityLog.subjectId,
      offerDeletedAt: offers.deletedAt,
    })
    .from(activityLog)
    // The cast only where the subject is an offer id, so the join reads offers by primary key.
    .leftJoin(
      offers,
      sql`${offers.id} = case when ${activityLog.subjectType} = 'offer' and ${activityLog.subjectId} ~ '^[0-9]{1,18}$' then ${activityLog.subjectId}::bigint end`,
    )
    .where(activityWhere(structureId, query))
    .orderBy(desc(activityLog.createdAt), desc(activityLog.id))
    .limit(limit)
    .offset(offset);
  return rows.map(({ subjectType, subjectId, offerDeletedAt, ...row }) => ({
    ...row,
    offerId: subjectType === "offer" && /^\d+$/.test(subjectId) ? Number(subjectId) : null,
    offerDeleted: offerDeletedAt !== null,
  }));
}

export async function countStructureActivity(structureId: string, query: ActivityQuery): Promise<number> {
  const [row] = await db.select({ count: count() }).from(activityLog).where(activityWhere(structureId, query));
  return row?.count ?? 0;
}

/**
 * What waits for a VALIDEUR: pending offers, and pending modifications of live ones (counted apart: the « En attente » tile counts offers),
 * except what was sent to the ARS (docs/produit.md#qui-valide).
 */
export async function countWaitingForValidation(structureId: string): Promise<{ offers: number; revisions: number }> {
  const rows = await db
    .select({
      offers: sql<number>`count(*) filter (where offers.state = 'PENDING' and coalesce(offers.validation_mode, 'STRUCTURE') = 'STRUCTURE')::int`,
      // Qualified by hand: inside a select list Drizzle writes bare column names, and « id » would be the revision's.
      revisions: sql<number>`count(*) filter (where offers.state <> 'PENDING' and exists (select 1 from offer_revisions r where r.offer_id = offers.id and r.state = 'PENDING' and coalesce(r.validation_mode, 'STRUCTURE') = 'STRUCTURE'))::int`,
    })
    .from(offers)
    .where(inStructureSpace(structureId));
  return one(rows);
}
