import { sql, type AnyColumn, type SQL } from "drizzle-orm";
import { passkeys, userTotp } from "@/db/schema";

/** In a list of accounts: whether each has a second factor (a confirmed app or a passkey), for « Réinitialiser la double authentification ». */
export function hasSecondFactorSql(userId: AnyColumn): SQL<boolean> {
  return sql<boolean>`(exists (select 1 from ${userTotp} where ${userTotp.userId} = ${userId} and ${userTotp.confirmedAt} is not null)
    or exists (select 1 from ${passkeys} where ${passkeys.userId} = ${userId}))`;
}
