import "server-only";
import { asc, eq, sql, type SQL } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { availabilityPeriods, institutions, offerRevisions, offers, referenceItems, signupRequests, structures, type ReferenceKind } from "@/db/schema";

/**
 * Reads of /admin/referentiels. The lists are global (one set for every région, docs/produit.md#pouvoirs-de-lars), so these
 * take no région: every regional admin sees and edits the same items.
 */
export type ReferenceItemRow = { id: number; label: string; position: number; isActive: boolean; usage: number };

/**
 * What the page shows as « utilisé par »: the live rows of the kind's own table (offers not
 * deleted, structures, periods, institutions), in every région.
 */
function displayedUsage(kind: ReferenceKind): SQL<number> {
  // Qualified by hand: in a one-table select Drizzle writes bare column names, and a bare "id"
  // inside the subquery would be the counted table's own id.
  const id = sql.raw(`"reference_items"."id"`);
  switch (kind) {
    case "THEME":
      return sql<number>`(select count(*) from ${offers} where ${offers.themeIds} @> array[${id}] and ${offers.deletedAt} is null)`;
    case "TARGET_PUBLIC":
      return sql<number>`(select count(*) from ${offers} where ${offers.targetPublicIds} @> array[${id}] and ${offers.deletedAt} is null)`;
    case "FIELD_TYPE":
      return sql<number>`(select count(*) from ${offers} where ${offers.fieldTypeId} = ${id} and ${offers.deletedAt} is null)`;
    case "OFFERER_TYPE":
      return sql<number>`(select count(*) from ${structures} where ${structures.offererTypeId} = ${id})`;
    case "DISCIPLINE":
      return sql<number>`(select count(*) from ${availabilityPeriods} where ${availabilityPeriods.disciplineId} = ${id})`;
    case "INSTITUTION_TYPE":
      return sql<number>`(select count(*) from ${institutions} where ${institutions.typeId} = ${id})`;
  }
}

/** One list, in the order every form shows it, with how many rows use each item. */
export async function listReferenceItems(kind: ReferenceKind): Promise<ReferenceItemRow[]> {
  return db
    .select({
      id: referenceItems.id,
      label: referenceItems.label,
      position: referenceItems.position,
      isActive: referenceItems.isActive,
      usage: displayedUsage(kind).mapWith(Number),
    })
    .from(referenceItems)
    .where(eq(referenceItems.kind, kind))
    .orderBy(asc(referenceItems.position), asc(referenceItems.id));
}

/**
 * Whether anything at all points at the item, beyond what the page counts: a soft-deleted offer
 * (recoverable: docs/produit.md#suppression-et-historique), a revision waiting for validation, a pending sign-up request. Ids are
 * unique across kinds (one table), so every place is checked whatever the item's kind. Arrays and
 * JSON hold no foreign key: without this check a deletion would leave offers pointing at nothing.
 */
export async function isReferenceItemUsed(tx: DbOrTx, itemId: number): Promise<boolean> {
  const asJson = sql`to_jsonb(${itemId}::int)`;
  const [row] = await tx.execute<{ used: boolean }>(sql`select
       exists(select 1 from ${offers} where ${offers.themeIds} @> array[${itemId}::int] or ${offers.targetPublicIds} @> array[${itemId}::int] or ${offers.fieldTypeId} = ${itemId})
    or exists(select 1 from ${offerRevisions} where ${offerRevisions.content} -> 'themeIds' @> ${asJson} or ${offerRevisions.content} -> 'targetPublicIds' @> ${asJson} or ${offerRevisions.content} ->> 'fieldTypeId' = ${String(itemId)})
    or exists(select 1 from ${structures} where ${structures.offererTypeId} = ${itemId})
    or exists(select 1 from ${signupRequests} where ${signupRequests.data} -> 'structure' ->> 'offererTypeId' = ${String(itemId)})
    or exists(select 1 from ${institutions} where ${institutions.typeId} = ${itemId})
    or exists(select 1 from ${availabilityPeriods} where ${availabilityPeriods.disciplineId} = ${itemId}) as used`);
  return Boolean(row?.used);
}
