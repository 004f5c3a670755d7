import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError, fieldError, notFoundError } from "@/lib/core/errors";
import { SAME_PASSWORD_MESSAGE as TEMPORARY_SAME_PASSWORD_MESSAGE } from "@/lib/passwords/schemas";
import { changeTemporaryPassword } from "@/lib/passwords/service";
import { SAME_PASSWORD_MESSAGE, type ChangeOwnPasswordInput } from "./schemas";

/**
 * « Mon profil » (docs/produit.md#comptes-et-securite, guide IDF ch. 8): every user changes their own password, « Fonction » and
 * « Téléphone »; the name and the email are not editable there.
 */
export async function updateOwnProfile(userId: string, values: { jobTitle: string | null; phone: string | null }, now: Date = new Date()): Promise<void> {
  const updated = await db
    .update(users)
    .set({ jobTitle: values.jobTitle, phone: values.phone, updatedAt: now })
    .where(eq(users.id, userId))
    .returning({ id: users.id });
  if (updated.length === 0) throw notFoundError("Ce compte");
}

/**
 * The current password is required; the new one follows the rules of the account (16 characters
 * for regional admins, never the email) and differs. Same rule and same effect as replacing a
 * temporary password (lib/passwords/service.ts), which it reuses: the hash changes and the user's
 * other sessions end; `currentSession`, where the change was typed, stays open.
 */
export async function changeOwnPassword(
  userId: string,
  input: ChangeOwnPasswordInput,
  currentSession: string | null,
  now: Date = new Date(),
): Promise<{ email: string }> {
  try {
    return await changeTemporaryPassword(userId, input, now, { withTerms: false, keepSession: currentSession });
  } catch (error) {
    if (error instanceof AppError && error.fieldErrors?.password?.includes(TEMPORARY_SAME_PASSWORD_MESSAGE))
      throw fieldError("password", SAME_PASSWORD_MESSAGE);
    throw error;
  }
}
