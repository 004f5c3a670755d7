import "server-only";
import { and, asc, count, desc, eq, inArray, ne, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { db } from "@/db/client";
import { isOutsideServedRegions, moderatedBy } from "./served-regions";
import { files, referenceItems, signupRequests, structures, users, type SignupData, type SignupStatus } from "@/db/schema";
import { readFile } from "@/lib/core/files";
import { one } from "@/lib/core/rows";

/**
    .where(and(eq(signupRequests.id, requestId), moderatedBy(signupRequests.regionCode, regionCode)))
 */
export type SignupWarnings = {
  /** The SIREN of an existing structure or of another pending request. */
  sirenKnown: boolean;
  /** The email of an existing account or of another pending request. */
  emailKnown: boolean;
  /** Structures of the région whose name is the same once the usual words are set aside. */
  similarNames: string[];
};

export type SignupRequestView = {
  id: string;
  status: SignupStatus;
  data: SignupData;
  offererTypeLabel: string | null;
  logo: { id: string; mimeType: string; size: number } | null;
  createdAt: Date;
  decidedAt: Date | null;
  decidedByName: string | null;
  refusalReason: string | null;
  warnings: SignupWarnings;
  /** A request stored before communes outside the served régions were refused: every admin sees it. */
  outsideServedRegions: boolean;
};

// « Association Fleur bleue », « ASSOCIATION FLEUR-BLEUE » and « Fleur Bleue » are the same name
// to a moderator: lowercase, no accents, without the words every structure name carries, letters
// and digits only. pg_trgm would give fuzzier matches but is not installed; unaccent is.
const GENERIC_WORDS = String.raw`\m(association|asso|assoc|ecole|ecoles|college|lycee|groupe|scolaire|maternelle|elementaire|primaire|mairie|commune|ville|centre|de|du|des|la|le|les|l|d|et|en|sur|a|au|aux)\M`;
const normalizedName = (column: unknown) => sql`regexp_replace(regexp_replace(lower(unaccent(${column})), ${GENERIC_WORDS}, ' ', 'g'), '[^a-z0-9]+', '', 'g')`;

const PAGE_SIZE = 20;

const decider = alias(users, "decider");

// Correlated subqueries: inner tables get their own aliases (o, es, u), so the outer
// "signup_requests" columns below always mean the request being listed.
function warningsColumns() {
  const requestName = normalizedName(signupRequests.structureName);
  const existingName = normalizedName(sql.raw("es.name"));
  return {
    sirenKnown: sql<boolean>`(exists (select 1 from structures s where s.siren = ${signupRequests.siren})
      or exists (select 1 from signup_requests o where o.siren = ${signupRequests.siren} and o.id <> ${signupRequests.id} and o.status = 'PENDING'))`,
    emailKnown: sql<boolean>`(exists (select 1 from users u where lower(u.email) = lower(${signupRequests.email})
        and (${signupRequests.structureId} is null or u.structure_id is distinct from ${signupRequests.structureId}))
      or exists (select 1 from signup_requests o where lower(o.email) = lower(${signupRequests.email}) and o.id <> ${signupRequests.id} and o.status = 'PENDING'))`,
    // Short names (« CHU ») would match too much by containment: only equality below 6 letters.
    similarNames: sql<string[]>`array(select es.name from structures es
      where es.region_code = ${signupRequests.regionCode}
        and es.id is distinct from ${signupRequests.structureId}
        and ${existingName} <> '' and ${requestName} <> ''
        and (${existingName} = ${requestName}
          or (length(${requestName}) >= 6 and length(${existingName}) >= 6
              and (strpos(${existingName}, ${requestName}) > 0 or strpos(${requestName}, ${existingName}) > 0)))
      order by es.name limit 5)`,
  };
}

function selectRequests() {
  return db
    .select({
      id: signupRequests.id,
      status: signupRequests.status,
      data: signupRequests.data,
      offererTypeLabel: referenceItems.label,
      logoId: files.id,
      logoMimeType: files.mimeType,
      logoSize: files.size,
      createdAt: signupRequests.createdAt,
      decidedAt: signupRequests.decidedAt,
      deciderFirstName: decider.firstName,
      deciderLastName: decider.lastName,
      refusalReason: signupRequests.refusalReason,
      outsideServedRegions: isOutsideServedRegions(signupRequests.regionCode),
      ...warningsColumns(),
    })
    .from(signupRequests)
    .leftJoin(referenceItems, sql`${referenceItems.id} = (${signupRequests.data} -> 'structure' ->> 'offererTypeId')::int`)
    .leftJoin(files, eq(files.id, signupRequests.logoFileId))
    .leftJoin(decider, eq(decider.id, signupRequests.decidedById));
}

type Row = Awaited<ReturnType<ReturnType<typeof selectRequests>["execute"]>>[number];

function toView(row: Row): SignupRequestView {
  return {
    id: row.id,
    status: row.status,
    data: row.data,
    offererTypeLabel: row.offererTypeLabel,
    logo: row.logoId && row.logoMimeType && row.logoSize !== null ? { id: row.logoId, mimeType: row.logoMimeType, size: row.logoSize } : null,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    decidedByName: row.deciderFirstName ? `${row.deciderFirstName} ${row.deciderLastName}` : null,
    refusalReason: row.refusalReason,
    warnings: { sirenKnown: row.sirenKnown, emailKnown: row.emailKnown, similarNames: row.similarNames ?? [] },
    outsideServedRegions: row.outsideServedRegions,
  };
}

/** « En attente »: oldest first, so that nobody waits behind newer requests. */
export async function listPendingSignups(regionCode: string): Promise<SignupRequestView[]> {
  const rows = await selectRequests()
    .where(and(moderatedBy(signupRequests.regionCode, regionCode), eq(signupRequests.status, "PENDING")))
    .orderBy(asc(signupRequests.createdAt), asc(signupRequests.id));
  return rows.map(toView);
}

/** « Historique »: accepted and refused requests, latest decision first, 20 a page. */
export async function listDecidedSignups(regionCode: string, page = 1): Promise<{ items: SignupRequestView[]; pageCount: number; total: number }> {
  const scope = and(moderatedBy(signupRequests.regionCode, regionCode), ne(signupRequests.status, "PENDING"));
  const [{ total }, rows] = await Promise.all([
    db.select({ total: count() }).from(signupRequests).where(scope).then(one),
    selectRequests()
      .where(scope)
      .orderBy(desc(signupRequests.decidedAt), desc(signupRequests.id))
      .limit(PAGE_SIZE)
      .offset((Math.max(1, page) - 1) * PAGE_SIZE),
  ]);
  return { items: rows.map(toView), pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
}

export async function countPendingSignups(regionCode: string): Promise<number> {
  const { total } = one(
    await db
      .select({ total: count() })
      .from(signupRequests)
      .where(and(moderatedBy(signupRequests.regionCode, regionCode), eq(signupRequests.status, "PENDING"))),
  );
  return total;
}

/** A request's logo, for the moderator of its région only (pending logos are not public). */
export async function getSignupLogo(regionCode: string, requestId: string): Promise<{ content: Buffer; mimeType: string } | null> {
  const [request] = await db
    .select({ logoFileId: signupRequests.logoFileId })
    .from(signupRequests)
    .where(and(eq(signupRequests.id, requestId), moderatedBy(signupRequests.regionCode, regionCode)))
    .limit(1);
  return request?.logoFileId ? readFile(request.logoFileId) : null;
}

/**
 * « Type d'offreur »: the active items of the editable reference list, in their order; with
 * `keptByStructureId`, also that structure's own type when it was deactivated since, so that its
 * form still shows it.
 */
export async function listOffererTypes(keptByStructureId?: string): Promise<{ value: string; label: string }[]> {
  const own = keptByStructureId
    ? inArray(referenceItems.id, db.select({ id: structures.offererTypeId }).from(structures).where(eq(structures.id, keptByStructureId)))
    : undefined;
  const rows = await db
    .select({ id: referenceItems.id, label: referenceItems.label })
    .from(referenceItems)
    .where(and(eq(referenceItems.kind, "OFFERER_TYPE"), or(eq(referenceItems.isActive, true), own)))
    .orderBy(asc(referenceItems.position), asc(referenceItems.label));
  return rows.map((row) => ({ value: String(row.id), label: row.label }));
}
