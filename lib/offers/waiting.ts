import { sql } from "drizzle-orm";
import { offers } from "@/db/schema";

/**
 * What waits for validation: a new offer (« En attente de validation ») or the modification of a live
 * one. The tile, the filter, the list's order and the dashboard count the same thing.
 * `in (…)` rather than a correlated `exists`: one hashed scan of the pending revisions, not one probe per offer.
 */
export const waitingForValidation = sql`(${offers.state} = 'PENDING' or ${offers.id} in (select r.offer_id from offer_revisions r where r.state = 'PENDING'))`;
