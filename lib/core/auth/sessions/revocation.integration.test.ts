import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { userSessions } from "@/db/schema";
import { requireUser } from "@/lib/core/auth/guards";
import { getCurrentUser } from "@/lib/core/auth/session";
import { createStructure, createUser, TEST_PASSWORD } from "@/test/factories";
import { one } from "@/lib/core/rows";
import { actAs, openSessionIds, setSession, type FakeSession } from "@/test/session";
import { loginWithPassword, mayRemember } from "./login";

const { logoutAction } = await import("@/lib/core/auth/actions");
const { endAllSessionsAction, endSessionAction } = await import("./actions");
const { changeOwnPasswordAction, setUserFrozenAction, updateProfileAction } = await import("@/lib/users/actions");
const { freezeStructureAction, unfreezeStructureAction } = await import("@/lib/structures/admin/actions");

const NEW_PASSWORD = "Trois pommes vertes à Nancy";
const redirectTo = (path: string) => ({ digest: expect.stringContaining(`;${path};`) });

/**
 * A copied session cookie replayed after its session ended (issue 14, finding 2): every check goes
 * through the real session check (lib/core/auth/session.ts) and the real page guard and action door;
 * only Auth.js's cookie decoding is stood in for (test/session.ts).
 */
async function expectRefused(replayed: FakeSession) {
  setSession(replayed);
  expect(await getCurrentUser()).toBeNull();
  await expect(requireUser()).rejects.toMatchObject(redirectTo("/connexion"));
  expect(await updateProfileAction({ jobTitle: "Intrus", phone: "" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
}

describe("sessions end on the server (docs/architecture.md#sessions)", () => {
  it("refuses a cookie replayed after « Se déconnecter »", async () => {
    const user = await createUser(db);
    const copied = await actAs(user.id);
    expect(await getCurrentUser()).toMatchObject({ id: user.id, sessionId: copied.sessionId });
    await logoutAction();
    expect(one(await db.select().from(userSessions).where(eq(userSessions.id, copied.sessionId!))).revokedAt).not.toBeNull();
    await expectRefused(copied);
  });

  it("refuses the other browser after a password change in « Mon profil », keeps this one", async () => {
    const user = await createUser(db);
    const other = await actAs(user.id);
    const here = await actAs(user.id);
    expect(await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, password: NEW_PASSWORD, confirmation: NEW_PASSWORD })).toMatchObject({ ok: true });
    await expectRefused(other);
    setSession(here);
    expect(await requireUser()).toMatchObject({ id: user.id });
  });

  it("refuses a frozen user's session, and still after they are unfrozen", async () => {
    const structure = await createStructure(db);
    const admin = await createUser(db, { structureId: structure.id, permissions: ["ADMIN"] });
    const user = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE"] });
    const copied = await actAs(user.id);
    await actAs(admin.id);
    expect(await setUserFrozenAction({ userId: user.id, frozen: true })).toMatchObject({ ok: true });
    expect(await setUserFrozenAction({ userId: user.id, frozen: false })).toMatchObject({ ok: true });
    await expectRefused(copied);
  });

  it("refuses every session of a frozen structure's users, and still after it is unfrozen", async () => {
    const structure = await createStructure(db, { regionCode: "11" });
    const member = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE"] });
    const regionalAdmin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    const copied = await actAs(member.id);
    await actAs(regionalAdmin.id);
    expect(await freezeStructureAction({ structureId: structure.id, reason: "Fermeture administrative" })).toMatchObject({ ok: true });
    expect(await unfreezeStructureAction({ structureId: structure.id })).toMatchObject({ ok: true });
    await expectRefused(copied);
  });

  it("« Se déconnecter de tous les appareils » ends every session of the person, this one included, and no one else's", async () => {
    const user = await createUser(db);
    const someoneElse = await createUser(db);
    const theirs = await actAs(someoneElse.id);
    const laptop = await actAs(user.id);
    const phone = await actAs(user.id);
    expect(await endAllSessionsAction({})).toMatchObject({ ok: true });
    expect(await openSessionIds(user.id)).toEqual([]);
    await expectRefused(laptop);
    await expectRefused(phone);
    expect(await openSessionIds(someoneElse.id)).toEqual([theirs.sessionId]);
  });

  it("« Fermer » ends one of the person's own sessions; another person's session id is not found", async () => {
    const user = await createUser(db);
    const someoneElse = await createUser(db);
    const theirs = await actAs(someoneElse.id);
    const laptop = await actAs(user.id);
    const phone = await actAs(user.id);
    expect(await endSessionAction({ sessionId: theirs.sessionId! })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await endSessionAction({ sessionId: "not-an-id" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await endSessionAction({ sessionId: laptop.sessionId! })).toMatchObject({ ok: true });
    expect(await openSessionIds(user.id)).toEqual([phone.sessionId]);
    expect(await openSessionIds(someoneElse.id)).toEqual([theirs.sessionId]);
    await expectRefused(laptop);
    // Logged out, or from a session already ended: refused before anything is read.
    setSession(null);
    expect(await endAllSessionsAction({})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    setSession(laptop);
    expect(await endSessionAction({ sessionId: phone.sessionId! })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await openSessionIds(user.id)).toEqual([phone.sessionId]);
  });

  it("ends a regional admin's session after 30 minutes without use, and the login page says it expired", async () => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    const offerer = await createUser(db);
    const adminSession = await actAs(admin.id);
    const offererSession = await actAs(offerer.id);
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000);
    await db
      .update(userSessions)
      .set({ lastUsedAt: ago(29) })
      .where(eq(userSessions.id, adminSession.sessionId!));
    await db
      .update(userSessions)
      .set({ lastUsedAt: ago(31) })
      .where(eq(userSessions.id, offererSession.sessionId!));
    setSession(adminSession);
    expect(await getCurrentUser()).toMatchObject({ id: admin.id });
    // That request moved « dernière utilisation » to now.
    expect(one(await db.select().from(userSessions).where(eq(userSessions.id, adminSession.sessionId!))).lastUsedAt.getTime()).toBeGreaterThan(
      ago(1).getTime(),
    );
    setSession(offererSession);
    expect(await getCurrentUser()).toMatchObject({ id: offerer.id });

    await db
      .update(userSessions)
      .set({ lastUsedAt: ago(31) })
      .where(eq(userSessions.id, adminSession.sessionId!));
    setSession(adminSession);
    expect(await getCurrentUser()).toBeNull();
    await expect(requireUser()).rejects.toMatchObject(redirectTo("/connexion?session=expiree"));
    expect(await updateProfileAction({ jobTitle: "Intrus", phone: "" })).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
  });

  it("ignores « Se souvenir de moi » for a regional admin: a 12 h session and a cookie that ends with the browser", async () => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    const offerer = await createUser(db);
    const headers = new Headers({
      "user-agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    });
    const now = new Date("2026-05-01T10:00:00Z");
    const adminLogin = await loginWithPassword({ email: admin.email, password: TEST_PASSWORD, remember: "on" }, headers, now);
    const offererLogin = await loginWithPassword({ email: offerer.email, password: TEST_PASSWORD, remember: "on" }, headers, now);
    expect(adminLogin).toMatchObject({ ok: true, remember: false });
    expect(offererLogin).toMatchObject({ ok: true, remember: true });
    const rowOf = async (login: typeof adminLogin) =>
      one(
        await db
          .select()
          .from(userSessions)
          .where(eq(userSessions.id, (login as { sessionId: string }).sessionId)),
      );
    expect(await rowOf(adminLogin)).toMatchObject({ remember: false, expiresAt: new Date("2026-05-01T22:00:00Z"), device: "Chrome sur Windows" });
    expect(await rowOf(offererLogin)).toMatchObject({ remember: true, expiresAt: new Date("2026-05-31T10:00:00Z") });
    expect(await mayRemember(admin.email.toUpperCase())).toBe(false);
    expect(await mayRemember(offerer.email)).toBe(true);
  });
});
