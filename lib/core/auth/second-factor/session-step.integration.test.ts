import { eq } from "drizzle-orm";
import { generate } from "otplib";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { userSessions } from "@/db/schema";
import { requireUser } from "@/lib/core/auth/guards";
import { checkSession, getCurrentUser, getSessionInAnyStep } from "@/lib/core/auth/session";
import { updateProfileAction } from "@/lib/users/actions";
import { createUser } from "@/test/factories";
import { one } from "@/lib/core/rows";
import { actAs, setSession } from "@/test/session";
import { confirmTotpEnrolmentAction, disableTotpAction, verifySecondFactorAction } from "./actions";
import { pendingTotpSecret } from "./totp-service";

const redirectTo = (path: string) => ({ digest: expect.stringContaining(`;${path};`) });

const code = (secret: string, steps = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + steps * 30 });

/** A redirect() from an action: what Next turns into a navigation. */
async function redirectOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e as { digest?: string },
  );
  return error?.digest?.split(";")[2] ?? "no redirect";
}

describe("a session whose second factor is still to answer", () => {
  it("is refused by the page guard and by the action door when its cookie is replayed; the row that passed is let through", async () => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    const secret = await pendingTotpSecret(admin.id);
    await actAs(admin.id);
    expect(await confirmTotpEnrolmentAction({ code: await code(secret) })).toMatchObject({ ok: true });

    // The password step only: a copy of this cookie, replayed, opens nothing but the second step.
    const pending = await actAs(admin.id, { secondFactor: "pending" });
    expect(one(await db.select().from(userSessions).where(eq(userSessions.id, pending.sessionId!))).secondFactorAt).toBeNull();
    setSession({ ...pending });
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toMatchObject(redirectTo("/connexion/verification"));
    expect(await updateProfileAction({ jobTitle: "Intrus", phone: "" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    // Once answered, the same row is whole: the state lives in user_sessions, not in the cookie.
    expect(await redirectOf(verifySecondFactorAction({ code: await code(secret, 1) }))).toBe("/admin");
    setSession({ ...pending });
    expect(await requireUser()).toMatchObject({ id: admin.id });
    expect(await updateProfileAction({ jobTitle: "Chargée de mission", phone: "" })).toMatchObject({ ok: true });
  });

  it("is no session for pages and actions until the code is given; a regional admin without a factor must enrol first", async () => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    await actAs(admin.id, { secondFactor: "pending" });
    expect(await getCurrentUser()).toBeNull();
    expect((await getSessionInAnyStep())?.step).toBe("enrol");
    expect(await updateProfileAction({ jobTitle: "Chargée de mission", phone: "" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });

    // The enrolment opens the session.
    const secret = await pendingTotpSecret(admin.id);
    const enrolled = await confirmTotpEnrolmentAction({ code: await code(secret) });
    expect(enrolled).toMatchObject({ ok: true });
    expect((await getCurrentUser())?.id).toBe(admin.id);

    // The next login asks the code; a wrong one leaves the session closed.
    await actAs(admin.id, { secondFactor: "pending" });
    expect((await getSessionInAnyStep())?.step).toBe("verify");
    expect(await verifySecondFactorAction({ code: "000000" })).toMatchObject({
      ok: false,
      fieldErrors: { code: [expect.stringContaining("n'est pas le bon")] },
    });
    expect(await getCurrentUser()).toBeNull();
    expect(await redirectOf(verifySecondFactorAction({ code: await code(secret, 1), retour: "/admin/structures" }))).toBe("/admin/structures");
    expect((await getCurrentUser())?.id).toBe(admin.id);
  });

  it("ends 15 minutes after the password if the second step was not answered", async () => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    const pending = await actAs(admin.id, { secondFactor: "pending" });
    const openedAt = (minutesAgo: number) =>
      db
        .update(userSessions)
        .set({ createdAt: new Date(Date.now() - minutesAgo * 60_000) })
        .where(eq(userSessions.id, pending.sessionId!));

    await openedAt(14);
    expect((await getSessionInAnyStep())?.step).toBe("enrol");
    await openedAt(16);
    expect(await getSessionInAnyStep()).toBeNull();
    expect(await checkSession()).toMatchObject({ user: null, ended: "expired" });
    expect(await confirmTotpEnrolmentAction({ code: "123456" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("cannot enrol an app to get round the factor it has to answer, nor turn it off", async () => {
    const user = await createUser(db);
    const secret = await pendingTotpSecret(user.id);
    await actAs(user.id);
    expect(await confirmTotpEnrolmentAction({ code: await code(secret) })).toMatchObject({ ok: true });

    await actAs(user.id, { secondFactor: "pending" });
    expect(await confirmTotpEnrolmentAction({ code: await code(secret, 1) })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await disableTotpAction({ currentPassword: "Un-mot-de-passe-de-test-solide" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("asks nothing of an offerer without a second factor, and a regional admin cannot turn it off", async () => {
    const offerer = await createUser(db);
    await actAs(offerer.id, { secondFactor: "pending" });
    expect((await getCurrentUser())?.id).toBe(offerer.id);

    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    const secret = await pendingTotpSecret(admin.id);
    await actAs(admin.id);
    await confirmTotpEnrolmentAction({ code: await code(secret) });
    expect(await disableTotpAction({ currentPassword: "Un-mot-de-passe-de-test-solide" })).toMatchObject({ ok: false, code: "FORBIDDEN" });
  });
});
