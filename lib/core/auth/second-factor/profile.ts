import "server-only";
import { eq } from "drizzle-orm";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { checkCurrentPassword } from "@/lib/passwords/service";
import { removeTotp } from "./totp-service";

export const ADMIN_CANNOT_DISABLE_MESSAGE =
  "La double authentification est obligatoire pour les administrateurs de l'ARS : elle ne peut pas être désactivée. Si vous avez perdu votre téléphone, un autre administrateur de votre région peut la réinitialiser.";

/** « Désactiver » in « Mon profil »: with the password, never for a regional admin (it is mandatory for them). */
export async function disableTotp(userId: string, currentPassword: string, now: Date = new Date()): Promise<void> {
  const [account] = await db.select({ kind: users.kind, passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId));
  if (!account?.passwordHash) throw new AppError("UNAUTHENTICATED", "Votre session a expiré : reconnectez-vous.");
  if (account.kind === "REGIONAL_ADMIN") throw new AppError("FORBIDDEN", ADMIN_CANNOT_DISABLE_MESSAGE);
  await checkCurrentPassword(userId, account.passwordHash, currentPassword, now);
  await db.transaction((tx) => removeTotp(tx, userId));
}
