import "server-only";
import { and, eq, isNull, or, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { institutions, referenceItems, users } from "@/db/schema";
import { recordActivity } from "@/lib/core/activity/record";
import type { SessionUser } from "@/lib/core/auth/session";
import { appUrl } from "@/lib/core/env";
import { AppError, fieldError, forbiddenError, notFoundError } from "@/lib/core/errors";
import { getDepartment } from "@/lib/core/geo/territories";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { EMAIL_TAKEN_MESSAGE } from "@/lib/signups/schemas";
import { isEmailTaken } from "@/lib/signups/submit";
import { ACTIVATION_TTL_HOURS, issueToken } from "@/lib/core/tokens/tokens";
import { eraseAccount } from "@/lib/users/accounts";
import type { InstitutionUserValues, InstitutionValues } from "./schemas";
import { revokeUserSessions } from "@/lib/core/auth/sessions/store";
import { revokeSessionsOfUsers } from "@/lib/core/auth/sessions/store";
import { one } from "@/lib/core/rows";

/**
 * The regional admin's writes on institutions and their users. Every statement carries
 * `region_code = admin's région`: an institution of another région, or a forged id, changes
 * nothing and answers not-found.
 */
export type RegionalAdmin = { id: string; regionCode: string };

export function regionalAdminOf(user: SessionUser): RegionalAdmin {
  if (user.kind !== "REGIONAL_ADMIN" || !user.regionCode) throw forbiddenError();
  return { id: user.id, regionCode: user.regionCode };
}

const INSTITUTION = "Cet établissement";

async function checkInstitutionFields(tx: DbOrTx, admin: RegionalAdmin, values: InstitutionValues, institutionId?: string): Promise<void> {
  // A type deactivated since (/admin/referentiels) stays acceptable on the institution that has it.
  const keptByInstitution = institutionId
    ? sql`exists(select 1 from ${institutions} where ${institutions.id} = ${institutionId} and ${institutions.typeId} = ${values.typeId})`
    : undefined;
  const [type] = await tx
    .select({ id: referenceItems.id })
    .from(referenceItems)
    .where(and(eq(referenceItems.id, values.typeId), eq(referenceItems.kind, "INSTITUTION_TYPE"), or(eq(referenceItems.isActive, true), keptByInstitution)))
    .limit(1);
  if (!type) throw fieldError("typeId", "Choisissez un type d'établissement dans la liste");
  const department = getDepartment(values.departmentCode);
  if (!department || department.regionCode !== admin.regionCode) throw fieldError("departmentCode", "Choisissez un département de votre région");
}

export async function createInstitution(admin: RegionalAdmin, values: InstitutionValues, now = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    await checkInstitutionFields(tx, admin, values);
    const row = one(
      await tx
        .insert(institutions)
        .values({
          name: values.name,
          typeId: values.typeId,
          departmentCode: values.departmentCode,
          regionCode: admin.regionCode,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: institutions.id }),
    );
    await recordActivity(tx, {
      action: "institution.created",
      subjectId: row.id,
      actorId: admin.id,
      regionCode: admin.regionCode,
      summary: `Établissement créé : ${values.name}`,
      at: now,
    });
    return row;
  });
}

export async function updateInstitution(admin: RegionalAdmin, institutionId: string, values: InstitutionValues, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await checkInstitutionFields(tx, admin, values, institutionId);
    const updated = await tx
      .update(institutions)
      .set({ name: values.name, typeId: values.typeId, departmentCode: values.departmentCode, updatedAt: now })
      .where(and(eq(institutions.id, institutionId), eq(institutions.regionCode, admin.regionCode)))
      .returning({ id: institutions.id });
    if (updated.length === 0) throw notFoundError(INSTITUTION);
  });
}

/**
 * « Désactiver »: the institution's periods leave the calendar and its users can no longer log in
 * (frozen at the same instant, so that « Réactiver » unfreezes exactly them and not a user frozen
 * on purpose before). Nothing is deleted.
 */
export async function setInstitutionActive(admin: RegionalAdmin, institutionId: string, isActive: boolean, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [current] = await tx
      .select({ isActive: institutions.isActive, updatedAt: institutions.updatedAt, name: institutions.name })
      .from(institutions)
      .where(and(eq(institutions.id, institutionId), eq(institutions.regionCode, admin.regionCode)))
      .for("update")
      .limit(1);
    if (!current) throw notFoundError(INSTITUTION);
    if (current.isActive === isActive) return;
    await tx.update(institutions).set({ isActive, updatedAt: now }).where(eq(institutions.id, institutionId));
    if (!isActive) {
      await tx
        .update(users)
        .set({ frozenAt: now, updatedAt: now })
        .where(and(eq(users.institutionId, institutionId), isNull(users.frozenAt)));
      await revokeSessionsOfUsers(tx, tx.select({ id: users.id }).from(users).where(eq(users.institutionId, institutionId)), now);
    } else {
      await tx
        .update(users)
        .set({ frozenAt: null, updatedAt: now })
        .where(and(eq(users.institutionId, institutionId), eq(users.frozenAt, current.updatedAt)));
    }
    await recordActivity(tx, {
      action: isActive ? "institution.reactivated" : "institution.deactivated",
      subjectId: institutionId,
      actorId: admin.id,
      regionCode: admin.regionCode,
      summary: `Établissement ${isActive ? "réactivé" : "désactivé"} : ${current.name}`,
      at: now,
    });
  });
}

/**
 * « Nouvel utilisateur »: an INSTITUTION account without password, a 72 h single-use activation
 * link, and the « institution-user-created » email, all in one transaction.
 */
export async function createInstitutionUser(admin: RegionalAdmin, values: InstitutionUserValues, now = new Date()): Promise<{ id: string }> {
  return db.transaction(async (tx) => {
    const [institution] = await tx
      .select({ id: institutions.id, name: institutions.name, isActive: institutions.isActive })
      .from(institutions)
      .where(and(eq(institutions.id, values.institutionId), eq(institutions.regionCode, admin.regionCode)))
      .limit(1);
    if (!institution) throw notFoundError(INSTITUTION);
    if (!institution.isActive) throw new AppError("CONFLICT", "Réactivez l'établissement avant de lui créer un utilisateur.");
    if (await isEmailTaken(tx, values.email)) throw fieldError("email", EMAIL_TAKEN_MESSAGE);
    const [user] = await tx
      .insert(users)
      .values({
        kind: "INSTITUTION",
        email: values.email,
        firstName: values.firstName,
        lastName: values.lastName,
        jobTitle: values.jobTitle,
        phone: values.phone,
        institutionId: institution.id,
        createdById: admin.id,
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing()
      .returning({ id: users.id });
    // Two admins typing the same address at once: the unique index decides, the message is the same.
    if (!user) throw fieldError("email", EMAIL_TAKEN_MESSAGE);
    const token = await issueToken(tx, user.id, "ACTIVATION", ACTIVATION_TTL_HOURS, now);
    await enqueueEmail(tx, {
      template: "institution-user-created",
      to: values.email,
      props: {
        firstName: values.firstName,
        institutionName: institution.name,
        activationUrl: appUrl(`/activation/${token}`),
        expiresInHours: ACTIVATION_TTL_HOURS,
      },
      regionCode: admin.regionCode,
    });
    await recordActivity(tx, {
      action: "institution.user_created",
      subjectId: institution.id,
      actorId: admin.id,
      regionCode: admin.regionCode,
      summary: `Utilisateur créé pour ${institution.name} : ${values.firstName} ${values.lastName}`,
      at: now,
    });
    return user;
  });
}

/**
 * « Désactiver » / « Réactiver » one user of an institution of the région. A user of a deactivated
 * institution stays deactivated: reactivating the institution brings its users back.
 */
export async function setInstitutionUserActive(admin: RegionalAdmin, userId: string, isActive: boolean, now = new Date()): Promise<void> {
  const inRegion = sql`${users.institutionId} in (select ${institutions.id} from ${institutions} where ${institutions.regionCode} = ${admin.regionCode})`;
  if (isActive) {
    const [institution] = await db
      .select({ isActive: institutions.isActive })
      .from(users)
      .innerJoin(institutions, eq(institutions.id, users.institutionId))
      .where(and(eq(users.id, userId), inRegion))
      .limit(1);
    if (institution && !institution.isActive) throw new AppError("CONFLICT", "Réactivez l'établissement avant de réactiver l'un de ses utilisateurs.");
  }
  const updated = await db
    .update(users)
    .set({ frozenAt: isActive ? null : now, updatedAt: now })
    .where(and(eq(users.id, userId), eq(users.kind, "INSTITUTION"), inRegion, isNull(users.deletedAt)))
    .returning({ id: users.id });
  if (updated.length === 0) throw notFoundError("Cet utilisateur");
  if (!isActive) await revokeUserSessions(db, userId, now);
}

/** « Supprimer » an institution's user: personal data erased, its periods' histories kept under « Utilisateur supprimé ». */
export async function deleteInstitutionUser(admin: RegionalAdmin, userId: string, now = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    const [target] = await tx
      .select({ id: users.id, email: users.email, firstName: users.firstName, lastName: users.lastName, institutionId: users.institutionId })
      .from(users)
      .innerJoin(institutions, eq(institutions.id, users.institutionId))
      .where(and(eq(users.id, userId), eq(users.kind, "INSTITUTION"), eq(institutions.regionCode, admin.regionCode), isNull(users.deletedAt)))
      .for("update", { of: users });
    if (!target) throw notFoundError("Cet utilisateur");
    await eraseAccount(tx, target, now);
    await recordActivity(tx, {
      action: "user.deleted",
      subjectId: target.id,
      actorId: admin.id,
      regionCode: admin.regionCode,
      summary: "Utilisateur d'établissement supprimé (données personnelles effacées)",
      at: now,
    });
  });
}
