import "server-only";
import { and, eq, or, sql } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { activityLog, userTokens, users, type NewUser, type Permission, type User } from "@/db/schema";
import { forgetIdentities } from "@/lib/core/auth/oidc/identities";
import { forgetLoginHistory } from "@/lib/core/auth/throttle";
import { appUrl } from "@/lib/core/env";
import { fieldError } from "@/lib/core/errors";
import { enqueueEmail } from "@/lib/core/outbox/enqueue";
import { ACTIVATION_TTL_HOURS, issueToken, revokeTokens } from "@/lib/core/tokens/tokens";
import { EMAIL_TAKEN_MESSAGE } from "@/lib/signups/schemas";
import { isEmailTaken } from "@/lib/signups/submit";
import { revokeUserSessions } from "@/lib/core/auth/sessions/store";

/**
 * Account writes shared by the structure's ADMIN (lib/users/manage.ts), the ARS on a structure's
 * users (lib/structures/admin/members.ts) and on an institution's (lib/institutions/manage.ts)
 * (docs/produit.md#comptes-et-securite). Each runs in its caller's transaction, once the caller has
 * checked its scope and locked the target row.
 */

/** The name every history shows for a deleted account: the row stays, its person does not. */
export const DELETED_FIRST_NAME = "Utilisateur";
export const DELETED_LAST_NAME = "supprimé";
export const DELETED_USER_NAME = `${DELETED_FIRST_NAME} ${DELETED_LAST_NAME}`;
export const SELF_DELETE_MESSAGE = "Vous ne pouvez pas supprimer votre propre compte.";

type Person = Pick<User, "email" | "firstName" | "lastName" | "jobTitle" | "phone">;

/** The row of a new account of a structure: the person, their permissions, who created it and when. */
export function newOffererRow(person: Person, structureId: string, permissions: Permission[], createdById: string, now: Date) {
  const { email, firstName, lastName, jobTitle, phone } = person;
  return {
    kind: "OFFERER",
    email,
    firstName,
    lastName,
    jobTitle,
    phone,
    structureId,
    permissions,
    createdById,
    createdAt: now,
    updatedAt: now,
  } satisfies NewUser;
}

/** One account per address on the whole platform; the lock is the sign-up's, so both queue on it. */
export async function checkEmailFree(tx: Tx, email: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`signup-email:${email}`}))`);
  if (await isEmailTaken(tx, email)) throw fieldError("email", EMAIL_TAKEN_MESSAGE);
}

/** Another request took the address between our check and our write (the unique index said so). */
function isEmailConflict(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const { code, constraint_name: constraint } = current as { code?: string; constraint_name?: string };
    if (code === "23505" && (!constraint || constraint === "users_email_key")) return true;
  }
  return false;
}

export async function withEmailConflict<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isEmailConflict(error)) throw fieldError("email", EMAIL_TAKEN_MESSAGE);
    throw error;
  }
}

type Target = Pick<User, "id" | "email" | "firstName" | "passwordHash">;

/** Who changed the address, as the emails name them (« L'ARS Grand Est », « Camille Durand, administrateur de la structure »). */
export type ChangedBy = string;

/**
 * A new login address (checked free first by the caller): the account's outstanding links stop
 * working, its sessions end (unless it is the caller's own account), the new address gets a 72 h activation link (choose a password and
 * accept the CGU: the only way in for an account never activated, whose sign-up address was
 * mistyped) and the old one a notice that never names the new address.
 */
export async function changeAccountEmail(
  tx: Tx,
  target: Target,
  email: string,
  context: { accountName: string; changedBy: ChangedBy; regionCode: string | null; endSessions: boolean },
  now: Date,
): Promise<void> {
  await tx.update(users).set({ email, updatedAt: now }).where(eq(users.id, target.id));
  if (context.endSessions) await revokeUserSessions(tx, target.id, now);
  await revokeTokens(tx, target.id, now);
  const token = await issueToken(tx, target.id, "ACTIVATION", ACTIVATION_TTL_HOURS, now);
  const common = { firstName: target.firstName, accountName: context.accountName, changedBy: context.changedBy };
  await enqueueEmail(tx, {
    template: "email-changed",
    to: email,
    props: { ...common, activated: target.passwordHash !== null, activationUrl: appUrl(`/activation/${token}`), expiresInHours: ACTIVATION_TTL_HOURS },
    regionCode: context.regionCode,
  });
  await enqueueEmail(tx, { template: "email-changed-notice", to: target.email, props: common, regionCode: context.regionCode });
}

/** « Renvoyer le lien d'activation »: the earlier links stop working, a new one leaves with « Création d'un compte utilisateur ». */
export async function sendActivationLink(tx: Tx, target: Target, accountName: string, regionCode: string | null, now: Date): Promise<void> {
  await revokeTokens(tx, target.id, now);
  const token = await issueToken(tx, target.id, "ACTIVATION", ACTIVATION_TTL_HOURS, now);
  await enqueueEmail(tx, {
    template: "account-activation",
    to: target.email,
    props: { firstName: target.firstName, structureName: accountName, activationUrl: appUrl(`/activation/${token}`), expiresInHours: ACTIVATION_TTL_HOURS },
    regionCode,
  });
}

/**
 * « Supprimer » an account: its personal data are erased — names, phone, function, password,
 * permissions; the email becomes a placeholder, so that the address is free for a new account —
 * and its row stays, so that offer histories and the activity log keep their lines, now by
 * « Utilisateur supprimé » (the activity summaries that spelled the name are rewritten too). Its
 * sessions end and its links die. Irreversible.
 */
export async function eraseAccount(tx: Tx, target: Pick<User, "id" | "email" | "firstName" | "lastName">, now: Date): Promise<void> {
  const formerName = `${target.firstName} ${target.lastName}`;
  await tx
    .update(users)
    .set({
      email: `supprime-${target.id}@utilisateur-supprime.invalid`,
      firstName: DELETED_FIRST_NAME,
      lastName: DELETED_LAST_NAME,
      jobTitle: null,
      phone: null,
      passwordHash: null,
      permissions: [],
      mustChangePassword: false,
      frozenAt: sql`coalesce(${users.frozenAt}, ${now.toISOString()}::timestamptz)`,
      deletedAt: now,
      updatedAt: now,
    })
    .where(eq(users.id, target.id));
  await revokeUserSessions(tx, target.id, now);
  await tx.delete(userTokens).where(eq(userTokens.userId, target.id));
  await forgetIdentities(tx, target.id);
  await forgetLoginHistory(target.email.toLowerCase(), tx);
  await tx
    .update(activityLog)
    .set({ summary: sql`replace(${activityLog.summary}, ${formerName}, ${DELETED_USER_NAME})` })
    .where(
      and(
        or(eq(activityLog.actorId, target.id), and(eq(activityLog.subjectType, "user"), eq(activityLog.subjectId, target.id))),
        sql`strpos(${activityLog.summary}, ${formerName}) > 0`,
      ),
    );
}
