import { and, asc, eq, inArray, or } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { referenceItems, type ReferenceKind } from "@/db/schema";

export type ReferenceOption = { id: number; label: string };
export type OfferReferenceOptions = { themes: ReferenceOption[]; targetPublics: ReferenceOption[]; fieldTypes: ReferenceOption[] };

/**
 * The wizard's lists (active items, in the regional admins' order). `keep`: the items already on
 * the offer being edited, shown even when deactivated since, so that they stay ticked and are not
 * lost when the offer is saved.
 */
export async function listOfferReferenceOptions(keep: readonly number[] = []): Promise<OfferReferenceOptions> {
  const rows = await db
    .select({ id: referenceItems.id, label: referenceItems.label, kind: referenceItems.kind })
    .from(referenceItems)
    .where(
      and(
        inArray(referenceItems.kind, ["THEME", "TARGET_PUBLIC", "FIELD_TYPE"]),
        keep.length > 0 ? or(eq(referenceItems.isActive, true), inArray(referenceItems.id, [...keep])) : eq(referenceItems.isActive, true),
      ),
    )
    .orderBy(asc(referenceItems.position), asc(referenceItems.id));
  const of = (kind: ReferenceKind) => rows.filter((row) => row.kind === kind).map(({ id, label }) => ({ id, label }));
  return { themes: of("THEME"), targetPublics: of("TARGET_PUBLIC"), fieldTypes: of("FIELD_TYPE") };
}

/**
 * Ids that are not active items of that list (forged, or deactivated since the form was opened).
 * An item already on the offer stays acceptable when deactivated later: editing another field must
 * not fail because an admin retired a thématique.
 */
export async function unknownReferenceIds(tx: DbOrTx, kind: ReferenceKind, ids: number[], alreadyOnOffer: number[] = []): Promise<number[]> {
  const wanted = ids.filter((id) => !alreadyOnOffer.includes(id));
  if (wanted.length === 0) return [];
  const found = await tx
    .select({ id: referenceItems.id })
    .from(referenceItems)
    .where(and(eq(referenceItems.kind, kind), eq(referenceItems.isActive, true), inArray(referenceItems.id, wanted)));
  const known = new Set(found.map((row) => row.id));
  return wanted.filter((id) => !known.has(id));
}

/** The reference items an offer's content points at (to keep in its wizard, see above). */
export function referenceIdsOf(content: { themeIds?: number[] | null; targetPublicIds?: number[] | null; fieldTypeId?: number | null }): number[] {
  return [...(content.themeIds ?? []), ...(content.targetPublicIds ?? []), ...(content.fieldTypeId ? [content.fieldTypeId] : [])];
}
