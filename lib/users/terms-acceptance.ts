import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { CURRENT_TERMS_VERSION } from "./terms";

/**
 * The CGU in force accepted (docs/produit.md#comptes-et-securite): their version and the date, on the account, as at activation.
 * Only the user's own row, from the session.
 */
export async function acceptCurrentTerms(userId: string, now: Date = new Date()): Promise<void> {
  await db.update(users).set({ termsVersion: CURRENT_TERMS_VERSION, termsAcceptedAt: now, updatedAt: now }).where(eq(users.id, userId));
}
