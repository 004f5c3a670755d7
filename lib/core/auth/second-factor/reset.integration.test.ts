import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activityLog, outbox, passkeys, recoveryCodes, userTotp } from "@/db/schema";
import { createStructure, createUser } from "@/test/factories";
import { actAs, databaseState, setSession } from "@/test/session";
import { resetSecondFactorAction } from "./actions";
import { OWN_RESET_MESSAGE } from "./reset";

/** An account with an app, two recovery codes and a passkey. */
async function withSecondFactor<U extends { id: string }>(user: U): Promise<U> {
  await db.insert(userTotp).values({ userId: user.id, secret: "JBSWY3DPEHPK3PXP", confirmedAt: new Date() });
  await db.insert(recoveryCodes).values([
    { userId: user.id, codeHash: "x" },
    { userId: user.id, codeHash: "y" },
  ]);
  await db.insert(passkeys).values({ userId: user.id, credentialId: `cred-${user.id}`, publicKey: Buffer.from([1, 2, 3]), name: "Clé" });
  return user;
}

async function factorsOf(userId: string) {
  return {
    totp: (await db.select().from(userTotp).where(eq(userTotp.userId, userId))).length,
    codes: (await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, userId))).length,
    keys: (await db.select().from(passkeys).where(eq(passkeys.userId, userId))).length,
  };
}

async function world() {
  const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
  const colleague = await withSecondFactor(await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" }));
  const offerer = await withSecondFactor(await createUser(db, { permissions: ["GESTIONNAIRE"] }));
  const institutionUser = await withSecondFactor(await createUser(db, { kind: "INSTITUTION" }));
  const elsewhere = await createStructure(db, { regionCode: "44" });
  const otherRegionOfferer = await withSecondFactor(await createUser(db, { structureId: elsewhere.id }));
  const otherRegionAdmin = await withSecondFactor(await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" }));
  return { admin, colleague, offerer, institutionUser, otherRegionOfferer, otherRegionAdmin };
}

describe("« Réinitialiser la double authentification »", () => {
  it("removes the app, the recovery codes and the passkeys of an offerer, an institution user or another admin of the région, with history and email", async () => {
    const w = await world();
    await actAs(w.admin.id);
    for (const target of [w.offerer, w.institutionUser, w.colleague]) {
      expect(await resetSecondFactorAction({ userId: target.id })).toEqual({ ok: true, data: null });
      expect(await factorsOf(target.id)).toEqual({ totp: 0, codes: 0, keys: 0 });
      const [line] = await db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.subjectId, target.id), eq(activityLog.action, "user.second_factor_reset")));
      expect(line).toMatchObject({ actorId: w.admin.id, regionCode: "11", summary: "Double authentification de Camille Durand réinitialisée" });
      const [mail] = await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toEmail, target.email), eq(outbox.template, "second-factor-reset")));
      expect(mail?.subject).toBe("Votre double authentification a été réinitialisée");
    }
  });

  it("does not find anyone of another région, refuses one's own, a structure ADMIN and a logged-out call, changing nothing", async () => {
    const w = await world();
    const structureAdmin = await createUser(db, { structureId: w.offerer.structureId!, permissions: ["ADMIN"] });
    await withSecondFactor(w.admin);
    // Opening sessions and counting attempts are not changes.
    const state = async () => (await databaseState()).filter((row) => !row.startsWith("user_sessions:") && !row.startsWith("limit_events:"));
    const before = await state();

    await actAs(w.admin.id);
    for (const target of [w.otherRegionOfferer, w.otherRegionAdmin]) {
      expect(await resetSecondFactorAction({ userId: target.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await resetSecondFactorAction({ userId: crypto.randomUUID() })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await resetSecondFactorAction({ userId: w.admin.id })).toMatchObject({ ok: false, code: "FORBIDDEN", message: OWN_RESET_MESSAGE });

    await actAs(structureAdmin.id);
    expect(await resetSecondFactorAction({ userId: w.offerer.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    setSession(null);
    expect(await resetSecondFactorAction({ userId: w.offerer.id })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await resetSecondFactorAction({ userId: "pas-un-id" } as never)).toMatchObject({ ok: false });
    expect(await state()).toEqual(before);
  });
});
