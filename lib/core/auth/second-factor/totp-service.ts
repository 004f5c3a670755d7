import "server-only";
import { and, asc, eq, isNotNull, isNull, lt, or, sql } from "drizzle-orm";
import { db, type DbOrTx } from "@/db/client";
import { passkeys, recoveryCodes, userTotp, users } from "@/db/schema";
import { AppError, fieldError } from "@/lib/core/errors";
import { formatWait } from "../throttle-policy";
import { consume, release } from "@/lib/core/limits/limiter";
import { hashPassword, verifyPassword } from "../password-hash";
import { ENROLMENT_WRONG_CODE_MESSAGE, REUSED_CODE_MESSAGE, secondFactorRules, USED_RECOVERY_CODE_MESSAGE, WRONG_CODE_MESSAGE } from "./policy";
import { newRecoveryCodes, normaliseRecoveryCode } from "./recovery-codes";
import { newTotpSecret, normaliseTotpCode, totpTimeStep } from "./totp";

/**
 * The authenticator app and the recovery codes of an account (docs/produit.md#double-authentification).
 * Every code typed is counted by the limiter before it is checked and given back when right.
 */

export type SecondFactorStatus = {
  totp: boolean;
  recoveryCodesLeft: number;
  passkeys: { id: string; name: string; createdAt: Date; lastUsedAt: Date | null }[];
};

export async function secondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const [totp] = await db.select({ confirmedAt: userTotp.confirmedAt }).from(userTotp).where(eq(userTotp.userId, userId));
  const [left] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  const keys = await db
    .select({ id: passkeys.id, name: passkeys.name, createdAt: passkeys.createdAt, lastUsedAt: passkeys.lastUsedAt })
    .from(passkeys)
    .where(eq(passkeys.userId, userId))
    .orderBy(asc(passkeys.createdAt));
  return { totp: !!totp?.confirmedAt, recoveryCodesLeft: left?.count ?? 0, passkeys: keys };
}

/** Whether the account has a second factor to answer: a confirmed app or a passkey. */
export async function hasSecondFactor(userId: string, tx: DbOrTx = db): Promise<boolean> {
  const [row] = await tx.execute<{ has: boolean }>(
    sql`select exists (select 1 from ${userTotp} where ${userTotp.userId} = ${userId} and ${userTotp.confirmedAt} is not null)
        or exists (select 1 from ${passkeys} where ${passkeys.userId} = ${userId}) as has`,
  );
  return row?.has === true;
}

/**
 * The secret of an enrolment under way, created at the first call and kept until confirmed (a page
 * reloaded shows the same QR code, which the app may already have scanned). Refused once the app is confirmed.
 */
export async function pendingTotpSecret(userId: string): Promise<string> {
  await db.insert(userTotp).values({ userId, secret: newTotpSecret() }).onConflictDoNothing();
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
  if (!row) throw new AppError("NOT_FOUND", "Ce compte n'existe plus.");
  if (row.confirmedAt) throw new AppError("CONFLICT", "La double authentification est déjà activée sur ce compte.");
  return row.secret;
}

async function takeAttempt(userId: string, now: Date): Promise<number[]> {
  const attempt = await consume(secondFactorRules(userId), now);
  if (!attempt.ok) throw fieldError("code", `Trop de codes erronés : réessayez dans ${formatWait(Math.max(attempt.retryInMs, 1000))}.`);
  return attempt.eventIds;
}

/** Hashes a fresh set of ten codes in place of the old ones; returns them in clear, to be shown once. */
async function replaceRecoveryCodes(tx: DbOrTx, userId: string, now: Date): Promise<string[]> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((code) => hashPassword(normaliseRecoveryCode(code)!)));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash, createdAt: now })));
  return codes;
}

/** The first code from the app proves it holds the secret: the app is confirmed and ten recovery codes are issued. */
export async function confirmTotpEnrolment(userId: string, code: string, now: Date = new Date()): Promise<{ recoveryCodes: string[] }> {
  const attempt = await takeAttempt(userId, now);
  const [row] = await db.select().from(userTotp).where(eq(userTotp.userId, userId));
  if (!row || row.confirmedAt) throw new AppError("CONFLICT", "Recommencez l'activation depuis le début : la page a changé entre-temps.");
  const step = await totpTimeStep(row.secret, code, null, now);
  if (step === null) throw fieldError("code", ENROLMENT_WRONG_CODE_MESSAGE);
  await release(attempt);
  const codes = await db.transaction(async (tx) => {
    const confirmed = await tx
      .update(userTotp)
      .set({ confirmedAt: now, lastTimeStep: step })
      .where(and(eq(userTotp.userId, userId), isNull(userTotp.confirmedAt)))
      .returning({ userId: userTotp.userId });
    if (confirmed.length === 0) throw new AppError("CONFLICT", "La double authentification est déjà activée sur ce compte.");
    return replaceRecoveryCodes(tx, userId, now);
  });
  return { recoveryCodes: codes };
}

/**
 * The login's second step with a code: a code of the app (accepted once per 30-second step, the
 * step recorded atomically so that two parallel requests cannot both use it) or a recovery code
 * (spent atomically). Throws a field error on « code » otherwise.
 */
export async function verifySecondFactorCode(userId: string, code: string, now: Date = new Date()): Promise<"totp" | "recovery"> {
  const attempt = await takeAttempt(userId, now);
  const [totp] = await db
    .select()
    .from(userTotp)
    .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)));
  if (totp && normaliseTotpCode(code)) {
    const step = await totpTimeStep(totp.secret, code, null, now);
    if (step === null) throw fieldError("code", WRONG_CODE_MESSAGE);
    const taken = await db
      .update(userTotp)
      .set({ lastTimeStep: step })
      .where(and(eq(userTotp.userId, userId), or(isNull(userTotp.lastTimeStep), lt(userTotp.lastTimeStep, step))))
      .returning({ userId: userTotp.userId });
    if (taken.length === 0) throw fieldError("code", REUSED_CODE_MESSAGE);
    await release(attempt);
    return "totp";
  }
  const recovery = normaliseRecoveryCode(code);
  if (recovery) {
    const rows = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId));
    for (const row of rows) {
      if (!(await verifyPassword(row.codeHash, recovery))) continue;
      if (row.usedAt) throw fieldError("code", USED_RECOVERY_CODE_MESSAGE);
      const spent = await db
        .update(recoveryCodes)
        .set({ usedAt: now })
        .where(and(eq(recoveryCodes.id, row.id), isNull(recoveryCodes.usedAt)))
        .returning({ id: recoveryCodes.id });
      if (spent.length === 0) throw fieldError("code", USED_RECOVERY_CODE_MESSAGE);
      await release(attempt);
      return "recovery";
    }
  }
  throw fieldError("code", WRONG_CODE_MESSAGE);
}

/** « Générer de nouveaux codes de secours »: the old ones stop working. */
export async function regenerateRecoveryCodes(userId: string, now: Date = new Date()): Promise<string[]> {
  return db.transaction(async (tx) => {
    const [totp] = await tx
      .select()
      .from(userTotp)
      .where(and(eq(userTotp.userId, userId), isNotNull(userTotp.confirmedAt)));
    if (!totp) throw new AppError("CONFLICT", "Activez d'abord la double authentification par application.");
    return replaceRecoveryCodes(tx, userId, now);
  });
}

/** The account's app and recovery codes go (its passkeys stay): by its owner with the password, or by a reset. */
export async function removeTotp(tx: DbOrTx, userId: string): Promise<void> {
  await tx.delete(userTotp).where(eq(userTotp.userId, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/** Whether this account must hold a second factor (regional admins): it then cannot turn it off itself. */
export async function secondFactorRequired(userId: string): Promise<boolean> {
  const [row] = await db.select({ kind: users.kind }).from(users).where(eq(users.id, userId));
  return row?.kind === "REGIONAL_ADMIN";
}
