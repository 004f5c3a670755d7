import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { db, type Tx } from "@/db/client";
import { structures, users, type Permission } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import { hashPassword } from "@/lib/core/auth/password-hash";
import { PERMISSION_LABELS } from "@/lib/core/auth/permissions";
import type { SessionUser } from "@/lib/core/auth/session";
import { appUrl } from "@/lib/core/env";
import { AppError, fieldError, forbiddenError, notFoundError } from "@/lib/core/errors";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { changeAccountEmail, checkEmailFree, eraseAccount, newOffererRow, SELF_DELETE_MESSAGE, withEmailConflict } from "./accounts";
import type { CreateUserValues, UpdateUserValues } from "./schemas";
import { revokeUserSessions } from "@/lib/core/auth/sessions/store";
import { one } from "@/lib/core/rows";

/**
 * The structure ADMIN's writes on the structure's users (docs/produit.md#roles-et-permissions, #espace-offreur; guide IDF ch. 7). Every statement
 * carries `structure_id = caller's`: another structure's user, or a forged id, changes nothing and
 * answers not-found. « La structure garde toujours au moins un administrateur actif » is enforced
 * here, in SQL, inside the transaction (see lockActiveAdmins).
 */
export type StructureAdmin = { id: string; structureId: string; displayName: string };

export function structureAdminOf(user: SessionUser): StructureAdmin {
  if (user.kind !== "OFFERER" || !user.structureId) throw forbiddenError();
  return { id: user.id, structureId: user.structureId, displayName: user.displayName };
}

const USER = "Cet utilisateur";
export const LAST_ADMIN_PERMISSION_MESSAGE =
  "La structure doit garder au moins un administrateur actif : donnez d'abord la permission « Administrateur offreur » à un autre utilisateur.";
export const LAST_ADMIN_FREEZE_MESSAGE = "La structure doit garder au moins un administrateur actif : ce compte ne peut pas être gelé.";
export const LAST_ADMIN_DELETE_MESSAGE =
  "La structure doit garder au moins un administrateur actif : donnez d'abord la permission « Administrateur offreur » à un autre utilisateur, puis supprimez ce compte.";
export const NO_LONGER_ADMIN_MESSAGE = "Vous n'êtes plus administrateur de cette structure.";
export const OWN_PASSWORD_MESSAGE = "Pour changer votre propre mot de passe, passez par « Mon profil ».";

/**
 * Locks the structure's active ADMINs (not frozen, holding ADMIN) for the rest of the transaction and
 * returns their ids. Two ADMINs removing each other's permission at the same instant: the second
 * waits for the first, then PostgreSQL re-reads the rows it waited for (READ COMMITTED re-check of
 * the WHERE clause), so it sees one ADMIN left and is refused. Always locked first and by id, so
 * that concurrent transactions never deadlock.
 */
export async function lockActiveAdmins(tx: Tx, structureId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.structureId, structureId), isNull(users.frozenAt), sql`'ADMIN' = any(${users.permissions})`))
    .orderBy(users.id)
    .for("update");
  return new Set(rows.map((row) => row.id));
}

/** The session said ADMIN; the database must still say so now that the rows are locked. */
async function lockAsAdmin(tx: Tx, actor: StructureAdmin): Promise<Set<string>> {
  const admins = await lockActiveAdmins(tx, actor.structureId);
  if (!admins.has(actor.id)) throw new AppError("FORBIDDEN", NO_LONGER_ADMIN_MESSAGE);
  return admins;
}

async function lockTarget(tx: Tx, actor: StructureAdmin, userId: string) {
  const [target] = await tx
    .select()
    .from(users)
    .where(and(eq(users.id, userId), eq(users.structureId, actor.structureId), eq(users.kind, "OFFERER"), isNull(users.deletedAt)))
    .for("update");
  if (!target) throw notFoundError(USER);
  return target;
}

async function structureOf(tx: Tx, structureId: string) {
  const structure = one(await tx.select({ name: structures.name, regionCode: structures.regionCode }).from(structures).where(eq(structures.id, structureId)));
  return structure;
}

function permissionList(permissions: readonly Permission[]): string {
  return permissions.map((p) => PERMISSION_LABELS[p]).join(", ");
}

/** guide IDF: « Création d'un compte utilisateur » — the login link, never the password. */
async function sendUserCreated(tx: Tx, actor: StructureAdmin, user: { email: string; firstName: string }) {
  const structure = await structureOf(tx, actor.structureId);
  await enqueueEmail(tx, {
    template: "user-created",
    to: user.email,
    props: { firstName: user.firstName, structureName: structure.name, createdByName: actor.displayName, loginUrl: appUrl("/connexion") },
    regionCode: structure.regionCode,
  });
}

/**
 * « Nouvel utilisateur »: a temporary password chosen by the ADMIN (replaced at the first login),
 * cumulative permissions, « Activé » or created frozen. The email leaves with the user, in the same
 * transaction; a user created frozen gets it when unfrozen.
 */
export async function createStructureUser(actor: StructureAdmin, values: CreateUserValues, now: Date = new Date()): Promise<{ id: string }> {
  const passwordHash = await hashPassword(values.password);
  return withEmailConflict(() =>
    db.transaction(async (tx) => {
      await lockAsAdmin(tx, actor);
      await checkEmailFree(tx, values.email);
      const user = one(
        await tx
          .insert(users)
          .values({
            ...newOffererRow(values, actor.structureId, values.permissions, actor.id, now),
            passwordHash,
            mustChangePassword: true,
            frozenAt: values.active ? null : now,
          })
          .returning({ id: users.id }),
      );
      if (values.active) await sendUserCreated(tx, actor, values);
      await recordActivity(tx, {
        action: "user.created",
        subjectId: user.id,
        actorId: actor.id,
        structureId: actor.structureId,
        summary: `Utilisateur créé : ${values.firstName} ${values.lastName} (${permissionList(values.permissions)})`,
        details: { permissions: values.permissions, active: values.active },
        at: now,
      });
      return user;
    }),
  );
}

type Change = "email" | "password" | "permissions" | "jobTitle" | "phone" | "active";

/**
 * « Modifier »: email, password (temporary again: must be changed at the next login), permissions,
 * fonction, téléphone, « Activé » — never the first or last name. A new password, new permissions
 * or freezing end the user's sessions at their next request (session version). The ADMIN's own
 * permissions apply at their next request without logging them out (they are read on every request).
 */
export async function updateStructureUser(actor: StructureAdmin, values: UpdateUserValues, now: Date = new Date()): Promise<{ changes: Change[] }> {
  const passwordHash = values.password ? await hashPassword(values.password) : null;
  return withEmailConflict(() =>
    db.transaction(async (tx) => {
      const admins = await lockAsAdmin(tx, actor);
      const target = await lockTarget(tx, actor, values.userId);
      const isSelf = target.id === actor.id;
      if (isSelf && passwordHash) throw fieldError("password", OWN_PASSWORD_MESSAGE);

      const changes: Change[] = [];
      if (values.email !== target.email.toLowerCase()) {
        await checkEmailFree(tx, values.email);
        changes.push("email");
      }
      if (passwordHash) changes.push("password");
      const permissionsChanged = values.permissions.length !== target.permissions.length || values.permissions.some((p) => !target.permissions.includes(p));
      if (permissionsChanged) changes.push("permissions");
      if (values.jobTitle !== target.jobTitle) changes.push("jobTitle");
      if (values.phone !== target.phone) changes.push("phone");
      const frozenAt = values.active ? null : (target.frozenAt ?? now);
      const freezing = !target.frozenAt && frozenAt !== null;
      const unfreezing = target.frozenAt !== null && frozenAt === null;
      if (freezing || unfreezing) changes.push("active");

      const staysActiveAdmin = values.permissions.includes("ADMIN") && frozenAt === null;
      if (admins.has(target.id) && !staysActiveAdmin && admins.size <= 1) {
        throw values.permissions.includes("ADMIN") ? fieldError("active", LAST_ADMIN_FREEZE_MESSAGE) : fieldError("permissions", LAST_ADMIN_PERMISSION_MESSAGE);
      }
      if (changes.length === 0) return { changes };

      const endSessions = Boolean(passwordHash) || freezing || (permissionsChanged && !isSelf) || (changes.includes("email") && !isSelf);
      await tx
        .update(users)
        .set({
          email: values.email,
          permissions: values.permissions,
          jobTitle: values.jobTitle,
          phone: values.phone,
          frozenAt,
          ...(passwordHash ? { passwordHash, mustChangePassword: true } : {}),
          updatedAt: now,
        })
        .where(and(eq(users.id, target.id), eq(users.structureId, actor.structureId)));
      if (endSessions) await revokeUserSessions(tx, target.id, now);
      if (changes.includes("email")) {
        const structure = await structureOf(tx, actor.structureId);
        const changedBy = `${actor.displayName}, administrateur de votre structure,`;
        await changeAccountEmail(
          tx,
          target,
          values.email,
          { accountName: structure.name, changedBy, regionCode: structure.regionCode, endSessions: false },
          now,
        );
      }
      // Created frozen, never logged in: the « compte créé » email leaves now that the account opens.
      if (unfreezing && !target.lastLoginAt && target.mustChangePassword)
        await sendUserCreated(tx, actor, { email: values.email, firstName: target.firstName });
      await recordActivity(tx, {
        action: "user.updated",
        subjectId: target.id,
        actorId: actor.id,
        structureId: actor.structureId,
        summary: `Utilisateur modifié : ${target.firstName} ${target.lastName}`,
        details: { changes, ...(permissionsChanged ? { permissions: values.permissions } : {}) },
        at: now,
      });
      return { changes };
    }),
  );
}

/** « Geler » / « Dégeler » from the list: a frozen user cannot log in, and their open sessions end. */
export async function setStructureUserFrozen(actor: StructureAdmin, userId: string, frozen: boolean, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const admins = await lockAsAdmin(tx, actor);
    const target = await lockTarget(tx, actor, userId);
    if (Boolean(target.frozenAt) === frozen) return;
    if (frozen && admins.has(target.id) && admins.size <= 1) throw new AppError("CONFLICT", LAST_ADMIN_FREEZE_MESSAGE);
    await tx
      .update(users)
      .set({ frozenAt: frozen ? now : null, updatedAt: now })
      .where(and(eq(users.id, target.id), eq(users.structureId, actor.structureId)));
    if (frozen) await revokeUserSessions(tx, target.id, now);
    if (!frozen && !target.lastLoginAt && target.mustChangePassword) await sendUserCreated(tx, actor, target);
    await recordActivity(tx, {
      action: frozen ? "user.frozen" : "user.unfrozen",
      subjectId: target.id,
      actorId: actor.id,
      structureId: actor.structureId,
      summary: `Utilisateur ${frozen ? "gelé" : "dégelé"} : ${target.firstName} ${target.lastName}`,
      at: now,
    });
  });
}

/**
 * « Supprimer » a user of the structure (guide IDF: the ADMIN may; docs/produit.md#comptes-et-securite): personal data erased,
 * histories kept under « Utilisateur supprimé » (lib/users/accounts.ts eraseAccount). Never oneself,
 * never the last active ADMIN.
 */
export async function deleteStructureUser(actor: StructureAdmin, userId: string, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const admins = await lockAsAdmin(tx, actor);
    const target = await lockTarget(tx, actor, userId);
    if (target.id === actor.id) throw new AppError("CONFLICT", SELF_DELETE_MESSAGE);
    await deleteLockedStructureUser(tx, admins, target, { actorId: actor.id, structureId: actor.structureId }, now);
  });
}

/** The deletion itself, for the structure's ADMIN and the ARS alike, once the admins and the target are locked. */
export async function deleteLockedStructureUser(
  tx: Tx,
  admins: Set<string>,
  target: { id: string; email: string; firstName: string; lastName: string },
  context: { actorId: string; structureId: string },
  now: Date,
): Promise<void> {
  if (admins.has(target.id) && admins.size <= 1) throw new AppError("CONFLICT", LAST_ADMIN_DELETE_MESSAGE);
  await eraseAccount(tx, target, now);
  await recordActivity(tx, {
    action: "user.deleted",
    subjectId: target.id,
    actorId: context.actorId,
    structureId: context.structureId,
    summary: "Utilisateur supprimé (données personnelles effacées)",
    at: now,
  });
}
