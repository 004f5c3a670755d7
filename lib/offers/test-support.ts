import { sql } from "drizzle-orm";
import { db } from "@/db/client";
import { files, offerAttachments, offerRevisions, type NewOffer, type OfferState, type User } from "@/db/schema";
import { toSessionUser, type SessionUser } from "@/lib/auth/session-user";
import { createCatalogueOffer } from "@/lib/catalogue/test-offers";
import { contentOf } from "./content";

/**
 * Integration-test helpers of lib/offers (never imported by the app). Offers are complete (every
 * required field of the four steps) unless told otherwise; TODAY is the tests' frozen day.
 */
export const TODAY = "2026-05-15";
export const NOW = "2026-05-15T10:00:00Z";

export function sessionFor(user: User, regionCode = "11"): SessionUser {
  return toSessionUser(user, regionCode);
}

/** Publication dates that fit the state around TODAY (a draft's start is in the future, so it can be submitted). */
const DATES: Record<OfferState, Pick<NewOffer, "publicationStart" | "publicationEnd">> = {
  DRAFT: { publicationStart: "2026-05-20", publicationEnd: "2026-07-31" },
  PENDING: { publicationStart: "2026-05-20", publicationEnd: "2026-07-31" },
  VALIDATED: { publicationStart: "2026-06-01", publicationEnd: "2026-07-31" },
  PUBLISHED: { publicationStart: "2026-05-01", publicationEnd: "2026-07-31" },
  EXPIRED: { publicationStart: "2026-03-01", publicationEnd: "2026-04-30" },
};

export async function createOffer(structureId: string, state: OfferState, overrides: Partial<NewOffer> = {}) {
  return createCatalogueOffer({ structureId, state, ...DATES[state], ...overrides });
}

/** A live offer with an open revision (its content changed: the name). */
export async function createOfferWithRevision(structureId: string, authorId: string, revisionState: "DRAFT" | "PENDING" = "DRAFT") {
  const offer = await createOffer(structureId, "PUBLISHED", { authorId });
  const [revision] = await db
    .insert(offerRevisions)
    .values({ offerId: offer.id, state: revisionState, authorId, content: { ...contentOf(offer), name: `${offer.name} (version 2)` } })
    .returning();
  return { offer, revision };
}

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

export async function attachFile(offerId: number) {
  const [file] = await db
    .insert(files)
    .values({ name: "programme.pdf", mimeType: "application/pdf", size: PDF_BYTES.length, sha256: "0".repeat(64), content: Buffer.from(PDF_BYTES) })
    .returning();
  await db.insert(offerAttachments).values({ offerId, fileId: file.id, position: 0 });
  return file;
}

/**
 * Everything an offer action may write, summed up: row counts, and a digest of every offer and
 * revision row, so that « 0 rows changed » also catches an UPDATE.
 */
export async function snapshotOfferTables(): Promise<Record<string, string>> {
  const [row] = await db.execute<Record<string, string>>(sql`
    select (select count(*) from offers)::text as offers,
           (select md5(coalesce(string_agg(o::text, '|' order by o.id), '')) from offers o) as offers_digest,
           (select md5(coalesce(string_agg(r::text, '|' order by r.id), '')) from offer_revisions r) as revisions_digest,
           (select count(*) from offer_status_history)::text as history,
           (select count(*) from outbox)::text as outbox,
           (select count(*) from activity_log)::text as activity,
           (select count(*) from offer_attachments)::text as attachments,
           (select count(*) from files)::text as files`);
  return row;
}
