import { sql, type SQL } from "drizzle-orm";
import { offers, structures } from "@/db/schema";

/**
 * THE rule of what the public sees (SPEC §6, §10), as one SQL predicate on `offers`: not deleted,
 * its structure not frozen, validated, and `today` (a Paris calendar day) within the publication
 * dates, both days included. The dates decide, not only the stored state: the scheduled job that
 * moves Validée → Publiée → Caduque may run late, and the catalogue must be right at every moment.
 * A pending revision never shows: the offers row holds the published content.
 *
 * `state in ('VALIDATED', 'PUBLISHED') and deleted_at is null` is written exactly as the partial
 * index `offers_public_idx` is defined, so that the planner can use it.
 */
export function isPubliclyVisible(today: string): SQL {
  return sql`(${offers.state} in ('VALIDATED', 'PUBLISHED') and ${offers.deletedAt} is null
    and ${offers.publicationStart} <= ${today}::date and ${offers.publicationEnd} >= ${today}::date
    and not exists (select 1 from ${structures} where ${structures.id} = ${offers.structureId} and ${structures.frozenAt} is not null))`;
}
