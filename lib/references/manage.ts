import "server-only";
import { and, asc, eq, ne, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { referenceItems, type ReferenceItem, type ReferenceKind } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import { AppError, fieldError, notFoundError } from "@/lib/core/errors";
import { isReferenceItemUsed } from "./queries";
import { DUPLICATE_LABEL_MESSAGE, REFERENCE_KIND_TEXT } from "./schemas";
import { one } from "@/lib/core/rows";

/**
 * Writes of /admin/referentiels (docs/produit.md#pouvoirs-de-lars). Rows point at items by id, so a rename shows everywhere
 * at once and a deactivated item stays on what uses it; only an unused item may be deleted. Every
 * write of a list holds a transaction lock on that list: two admins adding « Sommeil » and
 * « sommeil » at once, or moving items side by side, cannot interleave.
 */
export type ReferenceEditor = { id: string; regionCode: string | null };

const NOT_FOUND = () => notFoundError("Cet élément de liste");

async function lockList(tx: Tx, kind: ReferenceKind): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`reference_items:${kind}`}))`);
}

/** The unique index is case-sensitive; users are not: « Sommeil » and « sommeil » are one item. */
async function checkLabelFree(tx: Tx, kind: ReferenceKind, label: string, exceptId?: number): Promise<void> {
  const [clash] = await tx
    .select({ id: referenceItems.id })
    .from(referenceItems)
    .where(and(eq(referenceItems.kind, kind), sql`lower(${referenceItems.label}) = lower(${label})`, exceptId ? ne(referenceItems.id, exceptId) : undefined))
    .limit(1);
  if (clash) throw fieldError("label", DUPLICATE_LABEL_MESSAGE);
}

/** Reads the item and locks its list; the caller's transaction holds both until it ends. */
async function lockedItem(tx: Tx, itemId: number): Promise<ReferenceItem> {
  const [found] = await tx.select().from(referenceItems).where(eq(referenceItems.id, itemId)).limit(1);
  if (!found) throw NOT_FOUND();
  await lockList(tx, found.kind);
  const [item] = await tx.select().from(referenceItems).where(eq(referenceItems.id, itemId)).limit(1);
  if (!item) throw NOT_FOUND();
  return item;
}

const listName = (kind: ReferenceKind) => REFERENCE_KIND_TEXT[kind].title;

export async function addReferenceItem(editor: ReferenceEditor, kind: ReferenceKind, label: string): Promise<{ id: number }> {
  return db.transaction(async (tx) => {
    await lockList(tx, kind);
    await checkLabelFree(tx, kind, label);
    const row = one(
      await tx
        .insert(referenceItems)
        .values({
          kind,
          label,
          position: sql`(select coalesce(max(${referenceItems.position}), 0) + 1 from ${referenceItems} where ${referenceItems.kind} = ${kind})`,
        })
        .returning({ id: referenceItems.id }),
    );
    await recordActivity(tx, {
      action: "reference.added",
      subjectId: row.id,
      actorId: editor.id,
      regionCode: editor.regionCode,
      summary: `${listName(kind)} : « ${label} » ajouté`,
    });
    return row;
  });
}

export async function renameReferenceItem(editor: ReferenceEditor, itemId: number, label: string): Promise<void> {
  await db.transaction(async (tx) => {
    const item = await lockedItem(tx, itemId);
    if (item.label === label) return;
    await checkLabelFree(tx, item.kind, label, item.id);
    await tx.update(referenceItems).set({ label }).where(eq(referenceItems.id, item.id));
    await recordActivity(tx, {
      action: "reference.renamed",
      subjectId: item.id,
      actorId: editor.id,
      regionCode: editor.regionCode,
      summary: `${listName(item.kind)} : « ${item.label} » renommé en « ${label} »`,
    });
  });
}

/** Swaps the item with its neighbour; positions are rewritten 1…n, which also mends ties. */
export async function moveReferenceItem(editor: ReferenceEditor, itemId: number, direction: "up" | "down"): Promise<void> {
  await db.transaction(async (tx) => {
    const item = await lockedItem(tx, itemId);
    const list = await tx
      .select({ id: referenceItems.id, position: referenceItems.position })
      .from(referenceItems)
      .where(eq(referenceItems.kind, item.kind))
      .orderBy(asc(referenceItems.position), asc(referenceItems.id));
    const index = list.findIndex((row) => row.id === item.id);
    const target = direction === "up" ? index - 1 : index + 1;
    // Already first (or last): nothing to do, not an error (a double click).
    if (target < 0 || target >= list.length) return;
    [list[index], list[target]] = [list[target]!, list[index]!];
    for (const [i, row] of list.entries()) {
      if (row.position !== i + 1)
        await tx
          .update(referenceItems)
          .set({ position: i + 1 })
          .where(eq(referenceItems.id, row.id));
    }
    await recordActivity(tx, {
      action: "reference.moved",
      subjectId: item.id,
      actorId: editor.id,
      regionCode: editor.regionCode,
      summary: `${listName(item.kind)} : « ${item.label} » déplacé vers le ${direction === "up" ? "haut" : "bas"}`,
    });
  });
}

export async function setReferenceItemActive(editor: ReferenceEditor, itemId: number, isActive: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    const item = await lockedItem(tx, itemId);
    if (item.isActive === isActive) return;
    await tx.update(referenceItems).set({ isActive }).where(eq(referenceItems.id, item.id));
    await recordActivity(tx, {
      action: isActive ? "reference.reactivated" : "reference.deactivated",
      subjectId: item.id,
      actorId: editor.id,
      regionCode: editor.regionCode,
      summary: `${listName(item.kind)} : « ${item.label} » ${isActive ? "réactivé" : "désactivé"}`,
    });
  });
}

export const USED_ITEM_MESSAGE =
  "Cet élément est utilisé (par des offres, y compris supprimées ou en cours de modification, des structures, des demandes d'inscription, des établissements ou des périodes) : il ne peut pas être supprimé. Désactivez-le : il disparaîtra des formulaires et des filtres, et restera affiché là où il est utilisé.";

export async function deleteReferenceItem(editor: ReferenceEditor, itemId: number): Promise<void> {
  await db.transaction(async (tx) => {
    const item = await lockedItem(tx, itemId);
    if (await isReferenceItemUsed(tx, item.id)) throw new AppError("CONFLICT", USED_ITEM_MESSAGE);
    await tx.delete(referenceItems).where(eq(referenceItems.id, item.id));
    await recordActivity(tx, {
      action: "reference.deleted",
      subjectId: item.id,
      actorId: editor.id,
      regionCode: editor.regionCode,
      summary: `${listName(item.kind)} : « ${item.label} » supprimé`,
    });
  });
}
