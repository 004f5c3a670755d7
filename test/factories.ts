import { randomUUID } from "node:crypto";
import { and, asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import {
  files,
  institutions,
  linkedIdentities,
  offerAttachments,
  offerRevisions,
  offers,
  referenceItems,
  structures,
  users,
  type NewOffer,
  type NewUser,
  type OfferContent,
  type OfferState,
  type Permission,
  type ReferenceKind,
  type RevisionState,
} from "@/db/schema";
import { CURRENT_TERMS_VERSION } from "@/lib/users/terms";
import { one } from "@/lib/core/rows";

/**
 * The rows tests start from, typed by the schema, for the integration tests (their file's own
 * database) and the e2e specs (the database of the server under test) alike: every factory takes the
 * database to write to. Each call makes unique rows, so tests never depend on each other; what a test
 * cares about, it passes.
 *
 * Only drizzle and the schema are imported at the top: Playwright loads this file too, outside Next.
 */
export type TestDatabase = DbOrTx;

export const TEST_PASSWORD = "Un-mot-de-passe-de-test-solide";
/** The day the integration tests freeze (their queries take `today` as an argument). */
export const TEST_TODAY = "2026-05-15";

let testPasswordHash: Promise<string> | undefined;

export async function referenceId(db: TestDatabase, kind: ReferenceKind, label?: string): Promise<number> {
  const rows = await db
    .select({ id: referenceItems.id })
    .from(referenceItems)
    .where(label ? and(eq(referenceItems.kind, kind), eq(referenceItems.label, label)) : eq(referenceItems.kind, kind))
    .orderBy(asc(referenceItems.position), asc(referenceItems.id))
    .limit(1);
  return one(rows, `reference item ${kind}${label ? ` « ${label} »` : ""}`).id;
}

export async function createStructure(db: TestDatabase, overrides: Partial<typeof structures.$inferInsert> = {}) {
  const rows = await db
    .insert(structures)
    .values({
      name: `Structure ${randomUUID().slice(0, 8)}`,
      siren: "732829320",
      offererTypeId: overrides.offererTypeId ?? (await referenceId(db, "OFFERER_TYPE")),
      street: "1 rue de la Paix",
      postalCode: "93200",
      communeCode: "93066",
      communeName: "Saint-Denis",
      departmentCode: "93",
      regionCode: "11",
      legalRepCivility: "Mme",
      legalRepLastName: "Martin",
      legalRepFirstName: "Claire",
      legalRepFunction: "Présidente",
      description: "Une structure de test.",
      ...overrides,
    })
    .returning();
  return one(rows, "structure");
}

export async function createInstitution(db: TestDatabase, overrides: Partial<typeof institutions.$inferInsert> = {}) {
  const rows = await db
    .insert(institutions)
    .values({
      name: `Institut ${randomUUID().slice(0, 8)}`,
      typeId: overrides.typeId ?? (await referenceId(db, "INSTITUTION_TYPE")),
      departmentCode: "75",
      regionCode: "11",
      ...overrides,
    })
    .returning();
  return one(rows, "institution");
}

export type UserOptions = Partial<NewUser> & { permissions?: Permission[] };

/**
 * A user of any kind, attached to a new structure or institution unless told which; the password is
 * TEST_PASSWORD unless a `passwordHash` is given (the e2e specs copy a demo account's, to log in with
 * the demo password).
 */
export async function createUser(db: TestDatabase, options: UserOptions = {}) {
  const kind = options.kind ?? "OFFERER";
  const scope =
    kind === "OFFERER"
      ? { structureId: options.structureId ?? (await createStructure(db)).id }
      : kind === "INSTITUTION"
        ? { institutionId: options.institutionId ?? (await createInstitution(db)).id }
        : { regionCode: options.regionCode ?? "11" };
  const rows = await db
    .insert(users)
    .values({
      kind,
      email: `user-${randomUUID()}@test.sses.fr`,
      passwordHash: "passwordHash" in options ? options.passwordHash : await hashOfTestPassword(),
      firstName: "Camille",
      lastName: "Durand",
      permissions: kind === "OFFERER" ? ["CONSULTATION"] : [],
      // The CGU in force accepted, unless the account is still to be activated or holds a temporary password (both ask for them).
      ...(options.mustChangePassword || options.passwordHash === null ? {} : { termsVersion: CURRENT_TERMS_VERSION, termsAcceptedAt: new Date() }),
      ...scope,
      ...options,
    })
    .returning();
  return one(rows, "user");
}

// Loaded on first use only, so that a caller passing its own hash never loads argon2's native module.
async function hashOfTestPassword(): Promise<string> {
  testPasswordHash ??= import("@/lib/core/auth/password-hash").then(({ hashPassword }) => hashPassword(TEST_PASSWORD));
  return testPasswordHash;
}

export type OfferValues = Partial<NewOffer> & {
  /** The day the default publication window surrounds (from 10 days before to 60 days after). */
  today?: string;
};

/** A complete offer (every required field of the four steps), published around `today` unless told otherwise. */
export async function createOffer(db: TestDatabase, values: OfferValues = {}) {
  const { today = TEST_TODAY, ...overrides } = values;
  const rows = await db
    .insert(offers)
    .values({
      structureId: overrides.structureId ?? (await createStructure(db)).id,
      state: "PUBLISHED",
      name: "Prévention bucco-dentaire à l'école",
      description: "Ateliers de brossage des dents avec les élèves de CP.",
      themeIds: [await referenceId(db, "THEME", "Hygiène (mains, bucco-dentaire)")],
      targetPublicIds: [await referenceId(db, "TARGET_PUBLIC", "Élèves d'élémentaire")],
      places: 4,
      hostSiteName: "École élémentaire Jean Jaurès",
      street: "3 rue de l'École",
      postalCode: "93200",
      communeCode: "93066",
      communeName: "Saint-Denis",
      departmentCode: "93",
      regionCode: "11",
      fieldTypeId: await referenceId(db, "FIELD_TYPE", "Établissement scolaire"),
      referentName: "Claire Martin",
      applicationEmail: "candidature@ecole.test",
      periodKind: "SPLIT",
      periodStart: "2026-09-01",
      periodEnd: "2026-12-18",
      weeklySlots: ["1-am", "2-am", "4-pm"],
      publicationStart: shiftDays(today, -10),
      publicationEnd: shiftDays(today, 60),
      ...overrides,
    })
    .returning();
  return one(rows, "offer");
}

/** Publication dates that fit each state around TEST_TODAY (a draft's start is in the future, so it can be submitted). */
const DATES_BY_STATE: Record<OfferState, Pick<NewOffer, "publicationStart" | "publicationEnd">> = {
  DRAFT: { publicationStart: "2026-05-20", publicationEnd: "2026-07-31" },
  PENDING: { publicationStart: "2026-05-20", publicationEnd: "2026-07-31" },
  VALIDATED: { publicationStart: "2026-06-01", publicationEnd: "2026-07-31" },
  PUBLISHED: { publicationStart: "2026-05-01", publicationEnd: "2026-07-31" },
  EXPIRED: { publicationStart: "2026-03-01", publicationEnd: "2026-04-30" },
};

/** A complete offer of `structureId` in `state`, with publication dates that fit that state on TEST_TODAY. */
export async function createOfferInState(db: TestDatabase, structureId: string, state: OfferState, overrides: Partial<NewOffer> = {}) {
  return createOffer(db, { structureId, state, ...DATES_BY_STATE[state], ...overrides });
}

/** A revision of `offer` proposing `content` (by default the offer's own content with another name). */
export async function createRevision(
  db: TestDatabase,
  offer: typeof offers.$inferSelect,
  values: { authorId: string; state?: RevisionState; content?: Partial<OfferContent> },
) {
  const { contentOf } = await import("@/lib/offers/content");
  const rows = await db
    .insert(offerRevisions)
    .values({
      offerId: offer.id,
      state: values.state ?? "DRAFT",
      authorId: values.authorId,
      content: { ...contentOf(offer), name: `${offer.name} (version 2)`, ...values.content },
    })
    .returning();
  return one(rows, "revision");
}

/** A small valid PDF, the default content of a stored file. */
export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

export type FileValues = { name?: string; mimeType?: string; content?: Uint8Array };

/**
 * A stored file (a PDF unless told otherwise). Its sha256 is a placeholder that no real content hashes
 * to, so that a test's upload of the same bytes never finds this row.
 */
export async function createFile(db: TestDatabase, values: FileValues = {}) {
  const content = Buffer.from(values.content ?? PDF_BYTES);
  const rows = await db
    .insert(files)
    .values({ name: values.name ?? "programme.pdf", mimeType: values.mimeType ?? "application/pdf", size: content.length, sha256: "0".repeat(64), content })
    .returning();
  return one(rows, "file");
}

/** A new file (see createFile) among the « Documents utiles » of offer `offerId`. */
export async function attachFile(db: TestDatabase, offerId: number, values: FileValues = {}) {
  const file = await createFile(db, values);
  await db.insert(offerAttachments).values({ offerId, fileId: file.id, position: 0 });
  return file;
}

function shiftDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A ProConnect or Pro Santé Connect identity already linked to `userId` (lib/core/auth/oidc). */
export async function linkIdentity(db: TestDatabase, userId: string, values: Partial<typeof linkedIdentities.$inferInsert> = {}) {
  const rows = await db
    .insert(linkedIdentities)
    .values({ userId, provider: "PROCONNECT", subject: `sub-${randomUUID()}`, email: null, ...values })
    .returning();
  return one(rows, "linked identity");
}
