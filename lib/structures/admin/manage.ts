import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { structures, users } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import { appUrl } from "@/lib/core/env";
import { notFoundError } from "@/lib/core/errors";
import { getRegion } from "@/lib/core/geo/territories";
import type { RegionalAdmin } from "@/lib/institutions/manage";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import type { LogoUpload } from "@/lib/signups/submit";
import { updateStructureAccount } from "@/lib/structures/account";
import type { StructureAccountValues } from "@/lib/structures/schemas";
import { revokeSessionsOfUsers } from "@/lib/core/auth/sessions/store";

/**
 * The regional admin's writes on a structure of its région (docs/produit.md#pouvoirs-de-lars). Each one finds the structure
 * with `region_code = admin's région`: another région's structure, or a forged id, changes nothing
 * and answers not-found.
 */
const STRUCTURE = "Cette structure";

async function lockRegionStructure(tx: Tx, admin: RegionalAdmin, structureId: string) {
  const [row] = await tx
    .select({ id: structures.id, name: structures.name, frozenAt: structures.frozenAt, regionCode: structures.regionCode })
    .from(structures)
    .where(and(eq(structures.id, structureId), eq(structures.regionCode, admin.regionCode)))
    .for("update")
    .limit(1);
  if (!row) throw notFoundError(STRUCTURE);
  return row;
}

/**
 * « Geler » (with its reason) / « Dégeler ». A frozen structure's users cannot log in
 * (lib/core/auth/authenticate.ts) and its offers leave the catalogue (lib/offers/visibility.ts): both
 * read `structures.frozen_at`, so unfreezing restores everything without touching the users' own
 * « Gelé » state. Freezing also bumps every user's session version, so that a session opened before
 * does not come back to life at the unfreeze. The reason is kept in the activity log (the schema has
 * no column for it) and sent to the structure's active ADMINs with the change, in one transaction.
 * Returns whether anything changed (freezing a frozen structure does nothing).
 */
export async function setStructureFrozen(
  admin: RegionalAdmin,
  structureId: string,
  change: { frozen: true; reason: string } | { frozen: false },
  now: Date = new Date(),
): Promise<{ changed: boolean }> {
  return db.transaction(async (tx) => {
    const current = await lockRegionStructure(tx, admin, structureId);
    if (Boolean(current.frozenAt) === change.frozen) return { changed: false };
    await tx
      .update(structures)
      .set({ frozenAt: change.frozen ? now : null, updatedAt: now })
      .where(eq(structures.id, structureId));
    if (change.frozen) await revokeSessionsOfUsers(tx, tx.select({ id: users.id }).from(users).where(eq(users.structureId, structureId)), now);
    await recordActivity(tx, {
      action: change.frozen ? "structure.frozen" : "structure.unfrozen",
      subjectId: structureId,
      actorId: admin.id,
      structureId,
      regionCode: admin.regionCode,
      summary: `Structure ${change.frozen ? "gelée" : "dégelée"} : ${current.name}`,
      details: change.frozen ? { reason: change.reason } : null,
      at: now,
    });
    await notifyStructureAdmins(tx, admin, { id: structureId, name: current.name }, change);
    return { changed: true };
  });
}

async function notifyStructureAdmins(
  tx: Tx,
  admin: RegionalAdmin,
  structure: { id: string; name: string },
  change: { frozen: true; reason: string } | { frozen: false },
) {
  const recipients = await tx
    .select({ email: users.email, firstName: users.firstName })
    .from(users)
    .where(and(eq(users.structureId, structure.id), isNull(users.frozenAt), sql`'ADMIN' = any(${users.permissions})`));
  const regionName = getRegion(admin.regionCode)?.name ?? admin.regionCode;
  for (const recipient of recipients) {
    const base = { firstName: recipient.firstName, structureName: structure.name, regionName };
    if (change.frozen) {
      await enqueueEmail(tx, { template: "structure-frozen", to: recipient.email, props: { ...base, reason: change.reason }, regionCode: admin.regionCode });
    } else {
      await enqueueEmail(tx, {
        template: "structure-unfrozen",
        to: recipient.email,
        props: { ...base, loginUrl: appUrl("/connexion") },
        regionCode: admin.regionCode,
      });
    }
  }
}

/** Written for the admin, not for the structure's own ADMIN (who is told to ask the ARS). */
export const ADMIN_OTHER_REGION_MESSAGE = "Choisissez une commune de votre région : une structure reste dans la région de l'ARS qui la modère.";

/**
 * The admin corrects the structure's identity with « Mon compte offreur »'s own rules
 * (lib/structures/account.ts): same checks, same activity row, same « changes » answer.
 * The région check comes first, so a structure of another région is not even read.
 */
export async function updateRegionStructure(
  admin: RegionalAdmin,
  structureId: string,
  values: StructureAccountValues,
  logo: LogoUpload | undefined,
  now: Date = new Date(),
): Promise<{ changes: string[] }> {
  const [row] = await db
    .select({ id: structures.id })
    .from(structures)
    .where(and(eq(structures.id, structureId), eq(structures.regionCode, admin.regionCode)))
    .limit(1);
  if (!row) throw notFoundError(STRUCTURE);
  return updateStructureAccount({ id: admin.id, structureId, otherRegionMessage: ADMIN_OTHER_REGION_MESSAGE }, values, logo, now);
}
