import "server-only";
import { and, asc, desc, eq, gt, lt, max, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { faqEntries } from "@/db/schema";
import { notFoundError } from "@/lib/core/errors";
import type { HelpAdmin } from "./support";
import { one } from "@/lib/core/rows";

/**
 * The FAQ editor (docs/produit.md#aide-et-assistance). A regional admin writes the entries of their own région only: national
 * entries (région null) are shared by every région, so one ARS cannot change what another's visitors
 * read; they are shown read-only, and a région adds its own entries to any theme, listed after the
 * national ones. Every write is scoped `where region_code = admin's`: another région's id is not found.
 */
type EntryValues = { theme: string; question: string; answer: string };

async function lockRegionEntry(tx: Tx, admin: HelpAdmin, entryId: number) {
  const [entry] = await tx
    .select()
    .from(faqEntries)
    .where(and(eq(faqEntries.id, entryId), eq(faqEntries.regionCode, admin.regionCode)))
    .for("update");
  if (!entry) throw notFoundError("Cette question");
  return entry;
}

async function nextPosition(tx: Tx, regionCode: string): Promise<number> {
  const { last } = one(
    await tx
      .select({ last: max(faqEntries.position) })
      .from(faqEntries)
      .where(eq(faqEntries.regionCode, regionCode)),
  );
  return (last ?? 0) + 1;
}

export async function createFaqEntry(admin: HelpAdmin, values: EntryValues): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    // Serialises concurrent additions of one région, so that two entries never share a position.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`faq:${admin.regionCode}`}))`);
    const rows = await tx
      .insert(faqEntries)
      .values({ ...values, regionCode: admin.regionCode, position: await nextPosition(tx, admin.regionCode) })
      .returning({ id: faqEntries.id });
    return one(rows);
  });
}

export async function updateFaqEntry(admin: HelpAdmin, entryId: number, values: EntryValues): Promise<void> {
  await db.transaction(async (tx) => {
    const entry = await lockRegionEntry(tx, admin, entryId);
    // A new theme: the entry goes last in it.
    const position = entry.theme === values.theme ? entry.position : await nextPosition(tx, admin.regionCode);
    await tx
      .update(faqEntries)
      .set({ ...values, position, updatedAt: sql`now()` })
      .where(eq(faqEntries.id, entry.id));
  });
}

export async function deleteFaqEntry(admin: HelpAdmin, entryId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const entry = await lockRegionEntry(tx, admin, entryId);
    await tx.delete(faqEntries).where(eq(faqEntries.id, entry.id));
  });
}

/** « Monter » / « Descendre »: swaps with the région's neighbouring entry of the same theme (no-op at an end). */
export async function moveFaqEntry(admin: HelpAdmin, entryId: number, direction: "up" | "down"): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`faq:${admin.regionCode}`}))`);
    const entry = await lockRegionEntry(tx, admin, entryId);
    const [neighbour] = await tx
      .select({ id: faqEntries.id, position: faqEntries.position })
      .from(faqEntries)
      .where(
        and(
          eq(faqEntries.regionCode, admin.regionCode),
          eq(faqEntries.theme, entry.theme),
          direction === "up" ? lt(faqEntries.position, entry.position) : gt(faqEntries.position, entry.position),
        ),
      )
      .orderBy(direction === "up" ? desc(faqEntries.position) : asc(faqEntries.position))
      .limit(1);
    if (!neighbour) return;
    await tx.update(faqEntries).set({ position: neighbour.position }).where(eq(faqEntries.id, entry.id));
    await tx.update(faqEntries).set({ position: entry.position }).where(eq(faqEntries.id, neighbour.id));
  });
}
