import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { recoveryCodes, userTotp } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { createUser } from "@/test/factories";
import { MAX_WRONG_CODES_PER_HOUR, REUSED_CODE_MESSAGE, USED_RECOVERY_CODE_MESSAGE, WRONG_CODE_MESSAGE } from "./policy";
import { RECOVERY_CODE_COUNT } from "./recovery-codes";
import { TOTP_PERIOD_SECONDS } from "./totp";
import { confirmTotpEnrolment, hasSecondFactor, pendingTotpSecret, regenerateRecoveryCodes, secondFactorStatus, verifySecondFactorCode } from "./totp-service";

const codeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
const later = (at: Date, steps: number) => new Date(at.getTime() + steps * TOTP_PERIOD_SECONDS * 1000);

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).fieldErrors?.code?.join(" ") ?? (error as AppError).message;
}

async function enrolled(now: Date) {
  const user = await createUser(db);
  const secret = await pendingTotpSecret(user.id);
  const { recoveryCodes: codes } = await confirmTotpEnrolment(user.id, await codeAt(secret, now), now);
  return { user, secret, codes };
}

describe("second factor by authenticator app", () => {
  it("keeps the same secret until confirmed, then confirms with a code and issues ten hashed recovery codes", async () => {
    const user = await createUser(db);
    const secret = await pendingTotpSecret(user.id);
    expect(await pendingTotpSecret(user.id)).toBe(secret);
    expect(await hasSecondFactor(user.id)).toBe(false);
    const now = new Date();
    expect(await refusal(confirmTotpEnrolment(user.id, "000000", now))).toContain("n'est pas le bon");
    const { recoveryCodes: codes } = await confirmTotpEnrolment(user.id, await codeAt(secret, now), now);
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(RECOVERY_CODE_COUNT);
    for (const row of stored) expect(codes.some((code) => row.codeHash.includes(code) || row.codeHash.includes(code.replace("-", "")))).toBe(false);
    expect(await hasSecondFactor(user.id)).toBe(true);
    expect(await secondFactorStatus(user.id)).toMatchObject({ totp: true, recoveryCodesLeft: 10, passkeys: [] });
    await expect(pendingTotpSecret(user.id)).rejects.toThrow("déjà activée");
  });

  it("accepts a code once per time step: the same code again is refused, the next step's passes", async () => {
    const now = new Date();
    const { user, secret } = await enrolled(now);
    // The enrolment used this step's code: the next step's code logs in, then cannot be used again.
    const next = later(now, 1);
    const code = await codeAt(secret, next);
    expect(await verifySecondFactorCode(user.id, code, next)).toBe("totp");
    expect(await refusal(verifySecondFactorCode(user.id, code, next))).toBe(REUSED_CODE_MESSAGE);
    const after = later(now, 2);
    expect(await verifySecondFactorCode(user.id, await codeAt(secret, after), after)).toBe("totp");
  });

  it("lets only one of two parallel requests use the same code", async () => {
    const now = new Date();
    const { user, secret } = await enrolled(now);
    const next = later(now, 1);
    const code = await codeAt(secret, next);
    const results = await Promise.allSettled([verifySecondFactorCode(user.id, code, next), verifySecondFactorCode(user.id, code, next)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("refuses a wrong code, an old code, and a code of another account", async () => {
    const now = new Date();
    const { user, secret } = await enrolled(now);
    const other = await enrolled(now);
    expect(await refusal(verifySecondFactorCode(user.id, "123456", later(now, 1)))).toBe(WRONG_CODE_MESSAGE);
    expect(await refusal(verifySecondFactorCode(user.id, await codeAt(secret, later(now, -3)), later(now, 1)))).toBe(WRONG_CODE_MESSAGE);
    expect(await refusal(verifySecondFactorCode(user.id, await codeAt(other.secret, later(now, 1)), later(now, 1)))).toBe(WRONG_CODE_MESSAGE);
    expect(await refusal(verifySecondFactorCode(user.id, "n'importe quoi", later(now, 1)))).toBe(WRONG_CODE_MESSAGE);
  });

  it("spends a recovery code once, whatever its case and dashes; new codes replace the old ones", async () => {
    const now = new Date();
    const { user, codes } = await enrolled(now);
    const first = codes[0]!;
    expect(await verifySecondFactorCode(user.id, ` ${first.toLowerCase().replace("-", " ")} `, now)).toBe("recovery");
    expect(await refusal(verifySecondFactorCode(user.id, first, now))).toBe(USED_RECOVERY_CODE_MESSAGE);
    expect((await secondFactorStatus(user.id)).recoveryCodesLeft).toBe(9);
    const fresh = await regenerateRecoveryCodes(user.id, now);
    expect(await refusal(verifySecondFactorCode(user.id, codes[1]!, now))).toBe(WRONG_CODE_MESSAGE);
    expect(await verifySecondFactorCode(user.id, fresh[1]!, now)).toBe("recovery");
    expect((await secondFactorStatus(user.id)).recoveryCodesLeft).toBe(9);
  });

  it("throttles wrong codes through the limiter: after five, a growing wait; the right code gives its count back", async () => {
    const now = new Date();
    const { user, secret } = await enrolled(now);
    for (let i = 0; i < 5; i++) expect(await refusal(verifySecondFactorCode(user.id, "000000", now))).toBe(WRONG_CODE_MESSAGE);
    // Five failures set a wait: even the right code must wait for it.
    expect(await refusal(verifySecondFactorCode(user.id, await codeAt(secret, later(now, 1)), now))).toContain("Trop de codes erronés");
    expect(MAX_WRONG_CODES_PER_HOUR).toBeLessThan(100);
  });

  it("lets exactly the allowed number of a parallel burst of wrong codes be checked", async () => {
    const now = new Date();
    const { user } = await enrolled(now);
    const messages = await Promise.all(Array.from({ length: 12 }, () => refusal(verifySecondFactorCode(user.id, "000000", now))));
    // 5 failures are checked, then the first delay holds the 7 others.
    expect(messages.filter((m) => m === WRONG_CODE_MESSAGE)).toHaveLength(5);
    expect(messages.filter((m) => m.includes("Trop de codes erronés"))).toHaveLength(7);
  });

  it("keeps a pending enrolment out of the login: no confirmed app, no second factor", async () => {
    const user = await createUser(db);
    await pendingTotpSecret(user.id);
    expect(await hasSecondFactor(user.id)).toBe(false);
    expect(await refusal(verifySecondFactorCode(user.id, "123456", new Date()))).toBe(WRONG_CODE_MESSAGE);
    expect(await db.select().from(userTotp).where(eq(userTotp.userId, user.id))).toHaveLength(1);
  });
});
