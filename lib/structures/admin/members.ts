import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { structures, users } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import { AppError, notFoundError } from "@/lib/core/errors";
import { getRegion } from "@/lib/core/geo/territories";
import type { RegionalAdmin } from "@/lib/institutions/manage";
import { changeAccountEmail, checkEmailFree, newOffererRow, sendActivationLink, withEmailConflict } from "@/lib/users/accounts";
import { deleteLockedStructureUser, LAST_ADMIN_FREEZE_MESSAGE, LAST_ADMIN_PERMISSION_MESSAGE, lockActiveAdmins } from "@/lib/users/manage";
import type { CreateMemberValues } from "@/lib/users/schemas";
import { revokeUserSessions } from "@/lib/core/auth/sessions/store";
import { one } from "@/lib/core/rows";

/**
 * The ARS rescues a structure's accounts (docs/produit.md#pouvoirs-de-lars) from /admin/structures/[id]: a structure whose only
 * administrator left, or whose sign-up address was mistyped, is no longer stuck. Every statement is
 * scoped to the admin's région: a user of another région's structure, like an unknown id, is not
 * found. The last-active-ADMIN rule is the structure ADMIN's own (lockActiveAdmins, same lock order).
 */
const USER = "Cet utilisateur";
export const ALREADY_ACTIVATED_MESSAGE =
  "Ce compte est déjà activé : l'utilisateur se connecte avec son mot de passe, ou en choisit un nouveau par « Mot de passe oublié ? ».";

function arsName(admin: RegionalAdmin): string {
  const region = getRegion(admin.regionCode)?.name;
  return region ? `L'ARS ${region}` : "L'ARS de votre région";
}

async function structureInRegion(tx: Tx, admin: RegionalAdmin, structureId: string) {
  const [structure] = await tx
    .select({ id: structures.id, name: structures.name })
    .from(structures)
    .where(and(eq(structures.id, structureId), eq(structures.regionCode, admin.regionCode)))
    .limit(1);
  if (!structure) throw notFoundError("Cette structure");
  return structure;
}

/**
 * Locks the structure's active ADMINs, then the target (the structure ADMIN's lock order), both found
 * through the admin's région only. Returns the target row, its structure and the admins.
 */
async function lockMember(tx: Tx, admin: RegionalAdmin, userId: string) {
  const [found] = await tx
    .select({ structureId: users.structureId, structureName: structures.name })
    .from(users)
    .innerJoin(structures, eq(structures.id, users.structureId))
    .where(and(eq(users.id, userId), eq(users.kind, "OFFERER"), isNull(users.deletedAt), eq(structures.regionCode, admin.regionCode)))
    .limit(1);
  if (!found?.structureId) throw notFoundError(USER);
  const admins = await lockActiveAdmins(tx, found.structureId);
  const [target] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.structureId, found.structureId), isNull(users.deletedAt)))
    .for("update");
  if (!target) throw notFoundError(USER);
  return { target, admins, structureId: found.structureId, structureName: found.structureName };
}

function memberName(target: { firstName: string; lastName: string }): string {
  return `${target.firstName} ${target.lastName}`;
}

/** « Nouvel utilisateur » by the ARS: no password, a 72 h activation link by email (as for institution users). */
export async function createMember(admin: RegionalAdmin, values: CreateMemberValues, now: Date = new Date()): Promise<{ id: string }> {
  return withEmailConflict(() =>
    db.transaction(async (tx) => {
      const structure = await structureInRegion(tx, admin, values.structureId);
      await checkEmailFree(tx, values.email);
      const user = one(
        await tx
          .insert(users)
          .values(newOffererRow(values, structure.id, values.permissions, admin.id, now))
          .returning(),
      );
      await sendActivationLink(tx, user, structure.name, admin.regionCode, now);
      await recordActivity(tx, {
        action: "user.created",
        subjectId: user.id,
        actorId: admin.id,
        structureId: structure.id,
        summary: `Utilisateur créé par l'ARS : ${memberName(values)}`,
        details: { permissions: values.permissions },
        at: now,
      });
      return { id: user.id };
    }),
  );
}

/** « Modifier l'email »: the new address gets an activation link, the old one a notice; sessions end. */
export async function changeMemberEmail(admin: RegionalAdmin, userId: string, email: string, now: Date = new Date()): Promise<{ changed: boolean }> {
  return withEmailConflict(() =>
    db.transaction(async (tx) => {
      const { target, structureId, structureName } = await lockMember(tx, admin, userId);
      if (target.email.toLowerCase() === email) return { changed: false };
      await checkEmailFree(tx, email);
      await changeAccountEmail(
        tx,
        target,
        email,
        { accountName: structureName, changedBy: arsName(admin), regionCode: admin.regionCode, endSessions: true },
        now,
      );
      await recordActivity(tx, {
        action: "user.updated",
        subjectId: target.id,
        actorId: admin.id,
        structureId,
        summary: `Email modifié par l'ARS : ${memberName(target)}`,
        details: { changes: ["email"] },
        at: now,
      });
      return { changed: true };
    }),
  );
}

/** « Renvoyer le lien d'activation »: only for an account that never chose a password. */
export async function resendMemberActivation(admin: RegionalAdmin, userId: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const { target, structureId, structureName } = await lockMember(tx, admin, userId);
    if (target.passwordHash) throw new AppError("CONFLICT", ALREADY_ACTIVATED_MESSAGE);
    await sendActivationLink(tx, target, structureName, admin.regionCode, now);
    await recordActivity(tx, {
      action: "user.activation_sent",
      subjectId: target.id,
      actorId: admin.id,
      structureId,
      summary: `Lien d'activation renvoyé par l'ARS : ${memberName(target)}`,
      at: now,
    });
  });
}

/** Gives or takes « Administrateur offreur »; the structure keeps at least one active ADMIN. */
export async function setMemberAdmin(admin: RegionalAdmin, userId: string, makeAdmin: boolean, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const { target, admins, structureId } = await lockMember(tx, admin, userId);
    if (target.permissions.includes("ADMIN") === makeAdmin) return;
    if (!makeAdmin && admins.has(target.id) && admins.size <= 1) throw new AppError("CONFLICT", LAST_ADMIN_PERMISSION_MESSAGE);
    const permissions = makeAdmin ? [...target.permissions, "ADMIN" as const] : target.permissions.filter((p) => p !== "ADMIN");
    await tx.update(users).set({ permissions, updatedAt: now }).where(eq(users.id, target.id));
    await revokeUserSessions(tx, target.id, now);
    await recordActivity(tx, {
      action: "user.updated",
      subjectId: target.id,
      actorId: admin.id,
      structureId,
      summary: `Permission « Administrateur offreur » ${makeAdmin ? "donnée" : "retirée"} par l'ARS : ${memberName(target)}`,
      details: { changes: ["permissions"], permissions },
      at: now,
    });
  });
}

/** « Geler » / « Dégeler » a user of the structure; the last active ADMIN cannot be frozen. */
export async function setMemberFrozen(admin: RegionalAdmin, userId: string, frozen: boolean, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const { target, admins, structureId } = await lockMember(tx, admin, userId);
    if (Boolean(target.frozenAt) === frozen) return;
    if (frozen && admins.has(target.id) && admins.size <= 1) throw new AppError("CONFLICT", LAST_ADMIN_FREEZE_MESSAGE);
    await tx
      .update(users)
      .set({ frozenAt: frozen ? now : null, updatedAt: now })
      .where(eq(users.id, target.id));
    if (frozen) await revokeUserSessions(tx, target.id, now);
    await recordActivity(tx, {
      action: frozen ? "user.frozen" : "user.unfrozen",
      subjectId: target.id,
      actorId: admin.id,
      structureId,
      summary: `Utilisateur ${frozen ? "gelé" : "dégelé"} par l'ARS : ${memberName(target)}`,
      at: now,
    });
  });
}

/** « Supprimer »: personal data erased, histories kept under « Utilisateur supprimé »; never the last active ADMIN. */
export async function deleteMember(admin: RegionalAdmin, userId: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const { target, admins, structureId } = await lockMember(tx, admin, userId);
    await deleteLockedStructureUser(tx, admins, target, { actorId: admin.id, structureId }, now);
  });
}
