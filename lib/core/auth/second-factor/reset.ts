import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db } from "@/db/client";
import { institutions, passkeys, structures, users } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import { appUrl } from "@/lib/core/env";
import { AppError, notFoundError } from "@/lib/core/errors";
import { getRegion } from "@/lib/core/geo/territories";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { revokeUserSessions } from "../sessions/store";
import { removeTotp } from "./totp-service";

export const OWN_RESET_MESSAGE =
  "Vous ne pouvez pas réinitialiser votre propre double authentification : demandez-le à un autre administrateur de votre région.";

/**
 * « Réinitialiser la double authentification » (docs/produit.md#double-authentification): an admin of
 * the région removes the app, the recovery codes and the passkeys of someone of the région (an
 * offerer, an institution user, or another admin), whose sessions end. Recorded in the history and
 * emailed to the person. Anyone outside the région, like an unknown id, is not found; one's own is refused.
 */
export async function resetSecondFactor(admin: { id: string; regionCode: string; displayName: string }, userId: string, now: Date = new Date()): Promise<void> {
  if (userId === admin.id) throw new AppError("FORBIDDEN", OWN_RESET_MESSAGE);
  await db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: users.id, kind: users.kind, email: users.email, firstName: users.firstName, lastName: users.lastName, structureId: users.structureId })
      .from(users)
      .leftJoin(structures, eq(structures.id, users.structureId))
      .leftJoin(institutions, eq(institutions.id, users.institutionId))
      .where(
        and(
          eq(users.id, userId),
          isNull(users.deletedAt),
          eq(sql`coalesce(${users.regionCode}, ${structures.regionCode}, ${institutions.regionCode})`, admin.regionCode),
        ),
      )
      .for("update", { of: users });
    if (!target) throw notFoundError("Cet utilisateur");
    await removeTotp(tx, target.id);
    await tx.delete(passkeys).where(eq(passkeys.userId, target.id));
    // Whoever holds the lost phone or a copied session is out at once.
    await tx.update(users).set({ updatedAt: now }).where(eq(users.id, target.id));
    await revokeUserSessions(tx, target.id, now);
    const regionName = getRegion(admin.regionCode)?.name;
    await recordActivity(tx, {
      action: "user.second_factor_reset",
      subjectId: target.id,
      actorId: admin.id,
      structureId: target.structureId,
      regionCode: admin.regionCode,
      summary: `Double authentification de ${target.firstName} ${target.lastName} réinitialisée`,
      at: now,
    });
    await enqueueEmail(tx, {
      template: "second-factor-reset",
      to: target.email,
      regionCode: admin.regionCode,
      props: {
        firstName: target.firstName,
        resetBy: `${admin.displayName}, de l'ARS ${regionName ?? "de votre région"},`,
        mandatory: target.kind === "REGIONAL_ADMIN",
        loginUrl: appUrl("/connexion"),
      },
    });
  });
}
