import { and, eq, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { offers, structures, type OfferState } from "@/db/schema";

/**
 * Who sees which offer, in one place (docs/produit.md, « Ce que voit le public »):
 * - the structure's own users: every offer of their structure that is not deleted, in any state
 *   (`inStructureSpace`);
 * - the région's admins: every offer of their région, deleted ones apart, in the bin
 *   (`inRegion`);
 * - the public: a validated offer whose publication dates hold today, not deleted, whose
 *   structure is not frozen (`isPubliclyVisible` / `publiclyVisibleSql`).
 *
 * The public rule and the dates → state rule exist twice, once in TypeScript (a page deciding
 * whether to show a link, the workflow planning a transition) and once in SQL (the catalogue, the
 * counts, the scheduled job). Both forms stand side by side here, and visibility.integration.test.ts
 * runs one table of cases through both, so that they cannot drift apart.
 */

/** The states whose offers the public may see (when today is within their dates). */
export const LIVE_STATES = ["VALIDATED", "PUBLISHED"] as const satisfies readonly OfferState[];

export type DatedState = Extract<OfferState, "VALIDATED" | "PUBLISHED" | "EXPIRED">;

export function isLiveState(state: OfferState | "deleted"): boolean {
  return (LIVE_STATES as readonly string[]).includes(state);
}

/**
 * Once validated, an offer's state follows its publication dates (Paris calendar days, both
 * included): future start → Validée, today within the dates → Publiée, end passed → Caduque.
 */
export function stateFromDates(publicationStart: string, publicationEnd: string, today: string): DatedState {
  if (today < publicationStart) return "VALIDATED";
  if (today > publicationEnd) return "EXPIRED";
  return "PUBLISHED";
}

/** `stateFromDates` in SQL, on the `offers` row; null while a date is missing. */
export function stateFromDatesSql(today: string): SQL<DatedState | null> {
  return sql<DatedState | null>`(case when ${offers.publicationStart} is null or ${offers.publicationEnd} is null then null
    when ${today}::date < ${offers.publicationStart} then 'VALIDATED'::offer_state
    when ${today}::date > ${offers.publicationEnd} then 'EXPIRED'::offer_state
    else 'PUBLISHED'::offer_state end)`;
}

export type VisibilityFacts = {
  state: OfferState;
  publicationStart: string | null;
  publicationEnd: string | null;
  deletedAt?: Date | null;
  /** Whether the offer's structure is frozen (its offers then leave the catalogue). */
  structureFrozen: boolean;
};

/**
 * What the public sees: not deleted, its structure not frozen, validated, and `today` (a Paris
 * calendar day) within the publication dates. The dates decide, not only the stored state: the
 * scheduled job that moves Validée → Publiée → Caduque may run late, and the catalogue must be
 * right at every moment. A pending revision never shows: the offers row holds the published content.
 */
export function isPubliclyVisible(offer: VisibilityFacts, today: string): boolean {
  const { publicationStart: start, publicationEnd: end } = offer;
  return isLiveState(offer.state) && !offer.deletedAt && !offer.structureFrozen && !!start && !!end && start <= today && today <= end;
}

/**
 * `isPubliclyVisible` as one SQL predicate on `offers`. `state in ('VALIDATED', 'PUBLISHED') and
 * deleted_at is null` is written exactly as the partial index `offers_public_idx` is defined, so
 * that the planner can use it. The `is not null` tests make a missing date answer false, as in
 * TypeScript, rather than null (which a select list would pass on as is).
 */
export function publiclyVisibleSql(today: string): SQL {
  return sql`(${offers.state} in ('VALIDATED', 'PUBLISHED') and ${offers.deletedAt} is null
    and ${offers.publicationStart} is not null and ${offers.publicationEnd} is not null
    and ${offers.publicationStart} <= ${today}::date and ${offers.publicationEnd} >= ${today}::date
    and not exists (select 1 from ${structures} where ${structures.id} = ${offers.structureId} and ${structures.frozenAt} is not null))`;
}

/** The offers a structure's users see in their space: all of theirs but the deleted ones. */
export function inStructureSpace(structureId: string): SQL {
  return and(eq(offers.structureId, structureId), isNull(offers.deletedAt)) as SQL;
}

/**
 * The offers a région's admins see: all of the région's (the région of the offer's address), in
 * any state; the list shows the kept ones or the deleted ones (the bin), one offer's page either.
 */
export function inRegion(regionCode: string, which: "kept" | "deleted" | "all" = "kept"): SQL {
  const region = eq(offers.regionCode, regionCode);
  if (which === "all") return region;
  return and(region, which === "deleted" ? isNotNull(offers.deletedAt) : isNull(offers.deletedAt)) as SQL;
}
