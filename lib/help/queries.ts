import "server-only";
import { and, asc, count, desc, eq, isNull, or, sql } from "drizzle-orm";
import { unstable_cache } from "next/cache";
import { db } from "@/db/client";
import { faqEntries, supportRequests } from "@/db/schema";
import { readFile } from "@/lib/core/files";
import { describeAttachments, type AttachmentSummary } from "@/lib/offers/attachments";
import type { SupportTopic } from "./schemas";
import { one } from "@/lib/core/rows";

/** Reads of « Aide et assistance », always scoped by the caller's région (docs/produit.md#aide-et-assistance, #donnees-et-conventions). */

export type FaqEntry = { id: number; regionCode: string | null; theme: string; question: string; answer: string; position: number };
export type FaqTheme = { theme: string; entries: FaqEntry[] };

export const FAQ_TAG = "faq";

/**
 * National entries (région null) then, with a région, that région's, grouped by theme. Themes come
 * in the order of their first national entry, then the themes only the région uses.
 */
export async function listFaq(regionCode: string | null): Promise<FaqTheme[]> {
  const rows = await db
    .select({
      id: faqEntries.id,
      regionCode: faqEntries.regionCode,
      theme: faqEntries.theme,
      question: faqEntries.question,
      answer: faqEntries.answer,
      position: faqEntries.position,
    })
    .from(faqEntries)
    .where(regionCode ? or(isNull(faqEntries.regionCode), eq(faqEntries.regionCode, regionCode)) : isNull(faqEntries.regionCode))
    .orderBy(sql`${faqEntries.regionCode} is not null`, asc(faqEntries.position), asc(faqEntries.id));
  return groupByTheme(rows);
}

export function groupByTheme(rows: FaqEntry[]): FaqTheme[] {
  const themes = new Map<string, FaqEntry[]>();
  for (const row of rows) {
    const entries = themes.get(row.theme);
    if (entries) entries.push(row);
    else themes.set(row.theme, [row]);
  }
  return [...themes].map(([theme, entries]) => ({ theme, entries }));
}

/** The public /aide read: a handful of rows, cached per process and expired by the FAQ editor's actions. */
export const getCachedFaq = unstable_cache((regionCode: string | null) => listFaq(regionCode), ["help:faq:v1"], { tags: [FAQ_TAG], revalidate: 300 });

export const SUPPORT_PAGE_SIZE = 20;

export type SupportRequestRow = {
  id: string;
  requesterRole: string;
  name: string;
  email: string;
  phone: string | null;
  topic: string | null;
  subject: string;
  attachmentCount: number;
  handledAt: Date | null;
  createdAt: Date;
};

/**
 * « Demandes d'assistance » of the région, or only those about one topic (« Votre demande
 * concerne »): unhandled first, newest first in each group. The counts follow the filter.
 */
export async function listSupportRequests(
  regionCode: string,
  page: number,
  topic: SupportTopic | null = null,
): Promise<{ items: SupportRequestRow[]; total: number; unhandled: number; pageCount: number }> {
  const inRegion = and(eq(supportRequests.regionCode, regionCode), topic ? eq(supportRequests.topic, topic) : undefined);
  const [items, totals] = await Promise.all([
    db
      .select({
        id: supportRequests.id,
        requesterRole: supportRequests.requesterRole,
        name: supportRequests.name,
        email: supportRequests.email,
        phone: supportRequests.phone,
        topic: supportRequests.topic,
        subject: supportRequests.subject,
        attachmentCount: sql<number>`cardinality(${supportRequests.attachmentFileIds})`.mapWith(Number),
        handledAt: supportRequests.handledAt,
        createdAt: supportRequests.createdAt,
      })
      .from(supportRequests)
      .where(inRegion)
      .orderBy(sql`${supportRequests.handledAt} is not null`, desc(supportRequests.createdAt), desc(supportRequests.id))
      .limit(SUPPORT_PAGE_SIZE)
      .offset((page - 1) * SUPPORT_PAGE_SIZE),
    db
      .select({ total: count(), unhandled: sql<number>`count(*) filter (where ${supportRequests.handledAt} is null)`.mapWith(Number) })
      .from(supportRequests)
      .where(inRegion)
      .then(one),
  ]);
  return { items, total: totals.total, unhandled: totals.unhandled, pageCount: Math.max(1, Math.ceil(totals.total / SUPPORT_PAGE_SIZE)) };
}

/** For the admin's dashboard: the région's requests nobody has handled yet. */
export async function countUnhandledSupportRequests(regionCode: string): Promise<number> {
  return db.$count(supportRequests, and(eq(supportRequests.regionCode, regionCode), isNull(supportRequests.handledAt)));
}

export type SupportRequestDetails = typeof supportRequests.$inferSelect & { attachments: AttachmentSummary[] };

/** One request of the région with its attachments; null for another région's (a forged id). */
export async function getSupportRequest(regionCode: string, requestId: string): Promise<SupportRequestDetails | null> {
  const [request] = await db
    .select()
    .from(supportRequests)
    .where(and(eq(supportRequests.id, requestId), eq(supportRequests.regionCode, regionCode)))
    .limit(1);
  if (!request) return null;
  return { ...request, attachments: await describeAttachments(db, request.attachmentFileIds) };
}

/** An attachment of a request of the région, for download; null otherwise, whatever the ids say. */
export async function getSupportAttachment(regionCode: string, requestId: string, fileId: string) {
  const [request] = await db
    .select({ id: supportRequests.id })
    .from(supportRequests)
    .where(and(eq(supportRequests.id, requestId), eq(supportRequests.regionCode, regionCode), sql`${fileId}::uuid = any(${supportRequests.attachmentFileIds})`))
    .limit(1);
  return request ? readFile(fileId) : null;
}

/** The themes in use (national and the région's), proposed when the admin writes an entry. */
export async function listRegionFaqThemes(regionCode: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ theme: faqEntries.theme })
    .from(faqEntries)
    .where(or(isNull(faqEntries.regionCode), eq(faqEntries.regionCode, regionCode)));
  return rows.map((row) => row.theme).sort((a, b) => a.localeCompare(b, "fr"));
}
