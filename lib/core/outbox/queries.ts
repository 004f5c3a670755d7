import "server-only";
import { and, count, desc, eq, ilike, type SQL } from "drizzle-orm";
import { db } from "@/db/client";
import { outbox, type OutboxStatus } from "@/db/schema";
import { OUTBOX_STATUSES } from "./labels";
import { parsePage } from "@/lib/core/validation/ids";
import { containsPattern } from "@/lib/core/validation/like";
import { searchParam, type SearchParams } from "@/lib/core/http/search-params";
import { one } from "@/lib/core/rows";

export const OUTBOX_PAGE_SIZE = 50;

export type OutboxFilters = { status?: OutboxStatus; recipient?: string; page: number };

/** Reads the filters of /admin/courriels from its URL; anything unexpected is ignored, never an error. */
export function parseOutboxFilters(searchParams: SearchParams): OutboxFilters {
  const one = (key: string) => searchParam(searchParams, key);
  const status = one("etat");
  return {
    status: (OUTBOX_STATUSES as string[]).includes(status) ? (status as OutboxStatus) : undefined,
    recipient: one("destinataire").slice(0, 254) || undefined,
    page: parsePage(one("page")),
  };
}

/** The région's outgoing mail, newest first. Scoped in the query: an admin never reads another région's mail. */
export async function listRegionEmails(regionCode: string, filters: OutboxFilters) {
  const conditions: SQL[] = [eq(outbox.regionCode, regionCode)];
  if (filters.status) conditions.push(eq(outbox.status, filters.status));
  if (filters.recipient) conditions.push(ilike(outbox.toEmail, containsPattern(filters.recipient.toLowerCase())));
  const where = and(...conditions);
  const [rows, { total }] = await Promise.all([
    db
      .select({
        id: outbox.id,
        toEmail: outbox.toEmail,
        subject: outbox.subject,
        template: outbox.template,
        status: outbox.status,
        attempts: outbox.attempts,
        lastError: outbox.lastError,
        createdAt: outbox.createdAt,
      })
      .from(outbox)
      .where(where)
      .orderBy(desc(outbox.createdAt), desc(outbox.id))
      .limit(OUTBOX_PAGE_SIZE)
      .offset((filters.page - 1) * OUTBOX_PAGE_SIZE),
    db.select({ total: count() }).from(outbox).where(where).then(one),
  ]);
  return { rows, total, pageCount: Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE)) };
}

/** One message of the région, whole (HTML and text); null for another région's id, as for an unknown one. */
export async function findRegionEmail(regionCode: string, id: string) {
  if (!/^\d{1,15}$/.test(id)) return null;
  const [row] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, Number(id)), eq(outbox.regionCode, regionCode)))
    .limit(1);
  return row ?? null;
}
