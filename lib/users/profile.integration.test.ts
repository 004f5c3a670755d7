import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { users } from "@/db/schema";
import { verifyPassword } from "@/lib/core/auth/password-hash";
import { getCurrentUser } from "@/lib/core/auth/session";
import { CURRENT_PASSWORD_MESSAGE } from "@/lib/passwords/schemas";
import { PASSWORD_MISMATCH_MESSAGE } from "@/lib/core/validation/password";
import { PHONE_MESSAGE } from "@/lib/core/validation/phone";
import { createUser, TEST_PASSWORD } from "@/test/factories";
import { actAs, databaseState, setSession } from "@/test/session";
import { changeOwnPasswordAction, updateProfileAction } from "./actions";
import { changeOwnPassword } from "./profile";
import { CURRENT_TERMS_VERSION } from "./terms";
import { SAME_PASSWORD_MESSAGE } from "./schemas";
import { one } from "@/lib/core/rows";

const NEW_PASSWORD = "Trois pommes vertes à Nancy";

describe("« Mon profil »", () => {
  it("changes the password with the current one, ends the other sessions and keeps this one open", async () => {
    const user = await createUser(db, { permissions: ["GESTIONNAIRE"] });
    const otherBrowser = await actAs(user.id);
    const thisBrowser = await actAs(user.id);
    expect(await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).toEqual({
      ok: true,
      data: null,
    });
    const after = one(await db.select().from(users).where(eq(users.id, user.id)));
    expect(await verifyPassword(after.passwordHash!, NEW_PASSWORD)).toBe(true);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, sessionId: thisBrowser.sessionId });
    // The other browser's cookie, replayed: refused by the page guard and by the action door.
    setSession(otherBrowser);
    expect(await getCurrentUser()).toBeNull();
    expect(await updateProfileAction({ jobTitle: "Intrus", phone: "" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("refuses a wrong current password, the same password, a mismatch or a weak one, changing nothing", async () => {
    const user = await createUser(db);
    await actAs(user.id);
    const cases: [Record<string, string>, string, string][] = [
      [{ currentPassword: "pas le bon", password: NEW_PASSWORD, confirmation: NEW_PASSWORD }, "currentPassword", CURRENT_PASSWORD_MESSAGE],
      [{ currentPassword: TEST_PASSWORD, password: TEST_PASSWORD, confirmation: TEST_PASSWORD }, "password", SAME_PASSWORD_MESSAGE],
      [{ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: "autre chose" }, "confirmation", PASSWORD_MISMATCH_MESSAGE],
      [{ currentPassword: TEST_PASSWORD, password: "soleil2024!", confirmation: "soleil2024!" }, "password", "au moins 12 caractères"],
      [{ currentPassword: TEST_PASSWORD, password: "", confirmation: "" }, "password", "obligatoire"],
    ];
    // The wrong current password is counted by the limiter (and only it): nothing else may change.
    const withoutLimits = async () => (await databaseState()).filter((row) => !row.startsWith("limit_events:"));
    for (const [input, field, message] of cases) {
      const before = await withoutLimits();
      const result = await changeOwnPasswordAction(input as never);
      expect(result).toMatchObject({ ok: false });
      expect(result.ok ? "" : result.fieldErrors?.[field]?.join(" ")).toContain(message);
      expect(await withoutLimits()).toEqual(before);
    }
  });

  it("asks 16 characters of a regional admin", async () => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
    await actAs(admin.id);
    const result = await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, password: "Quinze caractèr", confirmation: "Quinze caractèr" });
    expect(result).toMatchObject({ ok: false, fieldErrors: { password: ["Le mot de passe doit comporter au moins 16 caractères"] } });
  });

  it("changes « Fonction » and « Téléphone » only: a forged name or email is ignored, a bad phone refused", async () => {
    const user = await createUser(db, { jobTitle: "Infirmière", phone: "+33123456789" });
    await actAs(user.id);
    expect(
      await updateProfileAction({ jobTitle: " Cadre de santé ", phone: "06 12 34 56 78", firstName: "Autre", email: "pirate@exemple.fr" } as never),
    ).toMatchObject({ ok: true });
    const [after] = await db.select().from(users).where(eq(users.id, user.id));
    expect(after).toMatchObject({ jobTitle: "Cadre de santé", phone: "+33612345678", firstName: user.firstName, email: user.email });

    const before = await databaseState();
    expect(await updateProfileAction({ jobTitle: "x", phone: "12" })).toMatchObject({ ok: false, fieldErrors: { phone: [PHONE_MESSAGE] } });
    expect(await databaseState()).toEqual(before);
    expect(await updateProfileAction({ jobTitle: "", phone: "" })).toMatchObject({ ok: true });
    expect((await db.select({ jobTitle: users.jobTitle, phone: users.phone }).from(users).where(eq(users.id, user.id)))[0]).toEqual({
      jobTitle: null,
      phone: null,
    });
  });

  it("checks exactly five of 30 parallel wrong current passwords, and none past them (issue 14, finding 3)", async () => {
    const user = await createUser(db);
    // CGU already accepted: only the limiter is under test here.
    await db.update(users).set({ termsVersion: CURRENT_TERMS_VERSION }).where(eq(users.id, user.id));
    const now = new Date("2026-05-01T10:00:00Z");
    const messages = await Promise.all(
      Array.from({ length: 30 }, () =>
        changeOwnPassword(user.id, { currentPassword: "pas le bon", password: NEW_PASSWORD, confirmation: NEW_PASSWORD }, null, now).then(
          () => "changed",
          (error: { fieldErrors?: Record<string, string[]> }) => error.fieldErrors?.currentPassword?.[0],
        ),
      ),
    );
    expect(messages.filter((message) => message === CURRENT_PASSWORD_MESSAGE)).toHaveLength(5);
    expect(messages.filter((message) => message?.startsWith("Trop de tentatives : réessayez dans"))).toHaveLength(25);
    // Even the right password waits for the delay; after it, it goes through.
    const right = { currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD };
    await expect(changeOwnPassword(user.id, right, null, new Date(now.getTime() + 1000))).rejects.toMatchObject({
      fieldErrors: { currentPassword: [expect.stringMatching(/^Trop de tentatives/)] },
    });
    expect(await changeOwnPassword(user.id, right, null, new Date(now.getTime() + 2500))).toEqual({ email: user.email });
  });
});
