import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";

/** « Inactif » (docs/produit.md#comptes-et-securite): no login for more than 15 months. Set-based and idempotent. */
export async function recomputeInactivity(db: DbOrTx, now: Date): Promise<number> {
  const result = await db.execute(sql`
    update users
       set inactive_since = coalesce(last_login_at, created_at) + interval '15 months'
     where inactive_since is null
       and coalesce(last_login_at, created_at) + interval '15 months' < ${now.toISOString()}::timestamptz`);
  return result.count;
}
