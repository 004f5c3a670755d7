import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activityLog, signupRequests, users } from "@/db/schema";
import type { ActionResult } from "@/lib/core/actions/result";
import { authenticate } from "@/lib/core/auth/authenticate";
import { verifyPassword } from "@/lib/core/auth/password-hash";
import { getCurrentUser } from "@/lib/core/auth/session";
import { EMAIL_TAKEN_MESSAGE } from "@/lib/signups/schemas";
import { PASSWORD_MISMATCH_MESSAGE } from "@/lib/core/validation/password";
import { createStructure, createUser } from "@/test/factories";
import { findEmails } from "@/test/mailbox";
import { actAs, databaseState, openSessionIds } from "@/test/session";
import { createUserAction, setUserFrozenAction, updateUserAction } from "./actions";
import { LAST_ADMIN_FREEZE_MESSAGE, LAST_ADMIN_PERMISSION_MESSAGE, OWN_PASSWORD_MESSAGE } from "./manage";
import { PERMISSIONS_REQUIRED_MESSAGE, UNKNOWN_PERMISSION_MESSAGE, type CreateUserInput } from "./schemas";
import { one } from "@/lib/core/rows";

const TEMPORARY = "Trois pommes vertes à Nancy";

async function adminOfNewStructure() {
  const structure = await createStructure(db);
  const admin = await createUser(db, { structureId: structure.id, permissions: ["ADMIN", "VALIDEUR"], firstName: "Inès", lastName: "Garnier" });
  await actAs(admin.id);
  return { structure, admin };
}

function newUser(overrides: Partial<CreateUserInput> = {}): CreateUserInput {
  return {
    firstName: "Lina",
    lastName: "Benali",
    email: `ecole-${randomUUID().slice(0, 8)}@inspection.test`,
    password: TEMPORARY,
    confirmation: TEMPORARY,
    permissions: ["GESTIONNAIRE"],
    jobTitle: "Directrice d'école",
    phone: "03 83 12 34 56",
    active: true,
    ...overrides,
  };
}

async function userRow(id: string) {
  return one(await db.select().from(users).where(eq(users.id, id)));
}

/** Refused with French messages next to the fields, nothing written, never an unexpected error. */
async function expectRefused(call: () => Promise<ActionResult<unknown>>, fields: Record<string, string | RegExp>) {
  const before = await databaseState();
  const result = await call();
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.code).not.toBe("UNEXPECTED");
  for (const [field, message] of Object.entries(fields)) expect(result.fieldErrors?.[field]?.join(" ")).toMatch(message);
  expect(await databaseState()).toEqual(before);
}

describe("« Nouvel utilisateur »", () => {
  it("creates a user who must change the temporary password, emails the login link (never the password) and logs it", async () => {
    const { structure, admin } = await adminOfNewStructure();
    const input = newUser({ email: "  Ecole01@Inspection.TEST ", permissions: ["VALIDEUR", "GESTIONNAIRE", "GESTIONNAIRE"] });
    const result = await createUserAction(input);
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { id: string } }).data.id;

    const created = await userRow(id);
    expect(created).toMatchObject({
      kind: "OFFERER",
      email: "ecole01@inspection.test",
      structureId: structure.id,
      permissions: ["GESTIONNAIRE", "VALIDEUR"],
      mustChangePassword: true,
      frozenAt: null,
      createdById: admin.id,
      phone: "+33383123456",
    });
    expect(await verifyPassword(created.passwordHash!, TEMPORARY)).toBe(true);

    const email = one(await findEmails({ to: "ecole01@inspection.test", template: "user-created" }));
    expect(email.subject).toBe("Création d'un compte utilisateur");
    expect(email.text).toContain(structure.name);
    expect(email.text).toContain("Inès Garnier");
    expect(email.text).toContain("/connexion");
    expect(email.text + email.html).not.toContain(TEMPORARY);
    expect(email.regionCode).toBe("11");

    const [log] = await db
      .select()
      .from(activityLog)
      .where(and(eq(activityLog.subjectId, id), eq(activityLog.action, "user.created")));
    expect(log).toMatchObject({ actorId: admin.id, structureId: structure.id });

    // The temporary password opens a session, which the pages send to « Nouveau mot de passe » first.
    expect(await authenticate({ email: "ecole01@inspection.test", password: TEMPORARY }, "10.6.0.1")).toMatchObject({ ok: true });
  });

  it("creates a user « non activé » frozen and silent; the email leaves when the account is unfrozen", async () => {
    await adminOfNewStructure();
    const input = newUser({ active: false });
    const result = await createUserAction(input);
    const id = (result as { data: { id: string } }).data.id;
    expect((await userRow(id)).frozenAt).not.toBeNull();
    expect(await findEmails({ to: input.email })).toEqual([]);
    expect(await authenticate({ email: input.email, password: TEMPORARY }, "10.6.0.2")).toMatchObject({ ok: false });

    expect(await setUserFrozenAction({ userId: id, frozen: false })).toMatchObject({ ok: true });
    expect((await userRow(id)).frozenAt).toBeNull();
    expect(await findEmails({ to: input.email, template: "user-created" })).toHaveLength(1);
  });

  it("refuses an email already used on the platform (an account or a pending sign-up), whatever its case", async () => {
    await adminOfNewStructure();
    const elsewhere = await createUser(db);
    await expectRefused(() => createUserAction(newUser({ email: elsewhere.email.toUpperCase() })), { email: EMAIL_TAKEN_MESSAGE });
    await db
      .insert(signupRequests)
      .values({ data: {} as never, regionCode: "11", siren: "732829320", email: "demande@attente.test", structureName: "En attente" });
    await expectRefused(() => createUserAction(newUser({ email: "Demande@Attente.test" })), { email: EMAIL_TAKEN_MESSAGE });
  });

  it("refuses a password that breaks the rules or differs from its confirmation, and says which rule", async () => {
    await adminOfNewStructure();
    await expectRefused(() => createUserAction(newUser({ password: "court", confirmation: "court" })), { password: "au moins 12 caractères" });
    await expectRefused(() => createUserAction(newUser({ password: "azertyuiop123", confirmation: "azertyuiop123" })), { password: "trop courant" });
    await expectRefused(
      () => createUserAction(newUser({ email: "marie.curie@ecole.test", password: "marie.curie-2026!", confirmation: "marie.curie-2026!" })),
      {
        password: "adresse email",
      },
    );
    await expectRefused(() => createUserAction(newUser({ confirmation: `${TEMPORARY}.` })), { confirmation: PASSWORD_MISMATCH_MESSAGE });
    // Every error at once, even with other fields wrong.
    await expectRefused(() => createUserAction(newUser({ firstName: "", password: "court", confirmation: "autre" })), {
      firstName: "obligatoire",
      password: "12 caractères",
      confirmation: PASSWORD_MISMATCH_MESSAGE,
    });
  });

  it("refuses a permission list forged with a value that does not exist, or empty", async () => {
    await adminOfNewStructure();
    await expectRefused(() => createUserAction(newUser({ permissions: ["GESTIONNAIRE", "SUPER_ADMIN"] })), { permissions: UNKNOWN_PERMISSION_MESSAGE });
    await expectRefused(() => createUserAction(newUser({ permissions: "REGIONAL_ADMIN" })), { permissions: UNKNOWN_PERMISSION_MESSAGE });
    await expectRefused(() => createUserAction(newUser({ permissions: [] })), { permissions: PERMISSIONS_REQUIRED_MESSAGE });
    await expectRefused(() => createUserAction(newUser({ permissions: [{ toString: () => "ADMIN" }] as never })), { permissions: UNKNOWN_PERMISSION_MESSAGE });
  });

  it("answers huge or malformed input with French messages, never an unexpected error", async () => {
    await adminOfNewStructure();
    const huge = "x".repeat(100_000);
    await expectRefused(() => createUserAction(newUser({ firstName: huge, password: huge, confirmation: huge, jobTitle: huge, phone: huge })), {
      firstName: "caractères maximum",
      password: "trop long",
      phone: "numéro de téléphone",
    });
    await expectRefused(() => createUserAction({ email: 42, permissions: { a: 1 } } as never), { email: /./, permissions: UNKNOWN_PERMISSION_MESSAGE });
  });
});

describe("« Modifier » a user", () => {
  async function withTarget() {
    const context = await adminOfNewStructure();
    const target = await createUser(db, {
      structureId: context.structure.id,
      permissions: ["GESTIONNAIRE"],
      firstName: "Paul",
      lastName: "Martin",
      jobTitle: "Directeur",
      phone: "+33383000000",
    });
    const edit = (overrides: Record<string, unknown> = {}) =>
      updateUserAction({
        userId: target.id,
        email: target.email,
        permissions: ["GESTIONNAIRE"],
        jobTitle: "Directeur",
        phone: "03 83 00 00 00",
        active: true,
        ...overrides,
      } as never);
    return { ...context, target, edit };
  }

  it("changes email, fonction, téléphone and permissions; a new password is temporary and ends the user's sessions", async () => {
    const { admin, target, edit } = await withTarget();
    await actAs(target.id);
    expect(await getCurrentUser()).toMatchObject({ id: target.id });
    await actAs(admin.id);

    const email = `paul.martin.${randomUUID().slice(0, 6)}@ecole.test`;
    const result = await edit({
      email,
      permissions: ["GESTIONNAIRE", "VALIDEUR"],
      jobTitle: "Directeur d'école",
      phone: "06 11 22 33 44",
      password: TEMPORARY,
      confirmation: TEMPORARY,
    });
    expect(result).toMatchObject({ ok: true, data: { changes: ["email", "password", "permissions", "jobTitle", "phone"] } });
    const after = await userRow(target.id);
    expect(after).toMatchObject({
      email,
      permissions: ["GESTIONNAIRE", "VALIDEUR"],
      jobTitle: "Directeur d'école",
      phone: "+33611223344",
      mustChangePassword: true,
    });
    expect(await openSessionIds(target.id)).toEqual([]);
    expect(await verifyPassword(after.passwordHash!, TEMPORARY)).toBe(true);
    const log = one(
      await db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.subjectId, target.id), eq(activityLog.action, "user.updated"))),
    );
    expect(log.details).toMatchObject({ changes: ["email", "password", "permissions", "jobTitle", "phone"] });
  });

  it("keeps the current password and the sessions when the fields are left empty", async () => {
    const { admin, target, edit } = await withTarget();
    const { sessionId: targetSession } = await actAs(target.id);
    await actAs(admin.id);
    expect(await edit({ password: "", confirmation: "", jobTitle: "Directeur adjoint" })).toMatchObject({ ok: true, data: { changes: ["jobTitle"] } });
    const after = await userRow(target.id);
    expect(after.passwordHash).toBe(target.passwordHash);
    expect(after).toMatchObject({ mustChangePassword: false });
    expect(await openSessionIds(target.id)).toEqual([targetSession]);
  });

  it("ignores a forged first or last name: nothing else asked, nothing changed", async () => {
    const { target, edit } = await withTarget();
    const before = await databaseState();
    expect(await edit({ firstName: "Pirate", lastName: "Renommé" })).toMatchObject({ ok: true, data: { changes: [] } });
    expect(await databaseState()).toEqual(before);
    await edit({ firstName: "Pirate", lastName: "Renommé", jobTitle: "Directeur honoraire" });
    expect(await userRow(target.id)).toMatchObject({ firstName: "Paul", lastName: "Martin", jobTitle: "Directeur honoraire" });
  });

  it("answers not-found for a user of another structure, an unknown id or a malformed one, changing nothing", async () => {
    const { edit } = await withTarget();
    const stranger = await createUser(db, { permissions: ["GESTIONNAIRE"] });
    const refusal = { ok: false, code: "NOT_FOUND", message: "Cet utilisateur n'existe pas ou vous n'y avez pas accès." };
    for (const userId of [stranger.id, randomUUID()]) {
      const before = await databaseState();
      expect(await edit({ userId, email: stranger.email })).toMatchObject(refusal);
      expect(await setUserFrozenAction({ userId, frozen: true })).toMatchObject(refusal);
      expect(await databaseState()).toEqual(before);
    }
    await expectRefused(() => edit({ userId: "1 or 1=1" }), { userId: "Utilisateur introuvable" });
  });

  it("refuses another account's email, a bad password or a forged permission, changing nothing", async () => {
    const { edit } = await withTarget();
    const other = await createUser(db);
    await expectRefused(() => edit({ email: other.email }), { email: EMAIL_TAKEN_MESSAGE });
    await expectRefused(() => edit({ password: "123456789012", confirmation: "123456789012" }), { password: "trop courant" });
    await expectRefused(() => edit({ password: TEMPORARY, confirmation: "" }), { confirmation: PASSWORD_MISMATCH_MESSAGE });
    await expectRefused(() => edit({ permissions: ["ADMIN", "ROOT"] }), { permissions: UNKNOWN_PERMISSION_MESSAGE });
  });

  it("ends the sessions of a user whose permissions change or who is frozen, at their next request", async () => {
    const { admin, target, edit } = await withTarget();
    const session = await actAs(target.id);
    await actAs(admin.id);
    await edit({ permissions: ["GESTIONNAIRE", "VALIDEUR"] });
    await actAs(target.id);
    expect(await getCurrentUser()).toMatchObject({ permissions: ["GESTIONNAIRE", "VALIDEUR"] });
    // The session opened before the change is refused.
    const { setSession } = await import("@/test/session");
    setSession(session);
    expect(await getCurrentUser()).toBeNull();

    const fresh = await actAs(target.id);
    await actAs(admin.id);
    expect(await setUserFrozenAction({ userId: target.id, frozen: true })).toMatchObject({ ok: true });
    setSession(fresh);
    expect(await getCurrentUser()).toBeNull();
    // Unfrozen: the old session stays closed (its row was revoked), a new login works.
    await actAs(admin.id);
    await setUserFrozenAction({ userId: target.id, frozen: false });
    setSession(fresh);
    expect(await getCurrentUser()).toBeNull();
  });

  it("leaves the ADMIN's own session open when they change their own permissions, but not their own password here", async () => {
    const { structure, admin } = await adminOfNewStructure();
    await createUser(db, { structureId: structure.id, permissions: ["ADMIN"] });
    const own = { userId: admin.id, email: admin.email, permissions: ["ADMIN"], jobTitle: "Inspectrice", phone: "03 83 00 00 01", active: true };
    await expectRefused(() => updateUserAction({ ...own, password: TEMPORARY, confirmation: TEMPORARY }), { password: OWN_PASSWORD_MESSAGE });
    expect(await updateUserAction(own)).toMatchObject({ ok: true });
    expect(await getCurrentUser()).toMatchObject({ id: admin.id, permissions: ["ADMIN"] });
  });
});

describe("the structure always keeps an active ADMIN", () => {
  it("refuses the last active ADMIN removing their own permission or freezing themselves", async () => {
    const { structure, admin } = await adminOfNewStructure();
    // A frozen ADMIN does not count.
    await createUser(db, { structureId: structure.id, permissions: ["ADMIN"], frozenAt: new Date() });
    const own = { userId: admin.id, email: admin.email, permissions: ["ADMIN", "VALIDEUR"], jobTitle: "Inspectrice", phone: "03 83 00 00 01", active: true };
    await expectRefused(() => updateUserAction({ ...own, permissions: ["VALIDEUR"] }), { permissions: LAST_ADMIN_PERMISSION_MESSAGE });
    await expectRefused(() => updateUserAction({ ...own, active: false }), { active: LAST_ADMIN_FREEZE_MESSAGE });
    const before = await databaseState();
    expect(await setUserFrozenAction({ userId: admin.id, frozen: true })).toMatchObject({ ok: false, code: "CONFLICT", message: LAST_ADMIN_FREEZE_MESSAGE });
    expect(await databaseState()).toEqual(before);
  });

  it("lets an ADMIN step down when another one remains, then refuses the remaining one", async () => {
    const { structure, admin } = await adminOfNewStructure();
    const second = await createUser(db, { structureId: structure.id, permissions: ["ADMIN", "GESTIONNAIRE"] });
    expect(
      await updateUserAction({ userId: admin.id, email: admin.email, permissions: ["VALIDEUR"], jobTitle: "Inspectrice", phone: "0383000001", active: true }),
    ).toMatchObject({ ok: true });
    // The former ADMIN's next request is no longer allowed to manage users.
    expect(await setUserFrozenAction({ userId: second.id, frozen: true })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await actAs(second.id);
    await expectRefused(
      () => updateUserAction({ userId: second.id, email: second.email, permissions: ["GESTIONNAIRE"], jobTitle: "Chef", phone: "0383000002", active: true }),
      {
        permissions: LAST_ADMIN_PERMISSION_MESSAGE,
      },
    );
  });

  it("lets at most one of two ADMINs succeed when they remove each other's permission, or freeze each other, at the same instant", async () => {
    const { structureAdminOf, setStructureUserFrozen, updateStructureUser } = await import("./manage");
    const { toSessionUser } = await import("@/lib/core/auth/session");
    for (let round = 0; round < 6; round++) {
      const structure = await createStructure(db);
      const a = await createUser(db, { structureId: structure.id, permissions: ["ADMIN"] });
      const b = await createUser(db, { structureId: structure.id, permissions: ["ADMIN"] });
      const [actorA, actorB] = [structureAdminOf(toSessionUser(a, "11")), structureAdminOf(toSessionUser(b, "11"))];
      const demote = (actor: typeof actorA, target: typeof a) =>
        updateStructureUser(actor, {
          userId: target.id,
          email: target.email,
          permissions: ["GESTIONNAIRE"],
          jobTitle: "Chef",
          phone: "+33383000000",
          active: true,
          password: "",
          confirmation: "",
        });
      const calls =
        round % 2 === 0 ? [demote(actorA, b), demote(actorB, a)] : [setStructureUserFrozen(actorA, b.id, true), setStructureUserFrozen(actorB, a.id, true)];
      const outcomes = await Promise.allSettled(calls);
      expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(1);
      const refused = outcomes.find((o) => o.status === "rejected") as PromiseRejectedResult;
      expect(refused.reason).toMatchObject({ name: "AppError" });
      const active = await db.select().from(users).where(eq(users.structureId, structure.id));
      expect(active.filter((u) => u.permissions.includes("ADMIN") && !u.frozenAt)).toHaveLength(1);
    }
  });
});
