import { randomUUID } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activityLog, offerStatusHistory, outbox, users } from "@/db/schema";
import type { ActionResult } from "@/lib/core/actions/result";
import { deleteInstitutionUserAction } from "@/lib/institutions/actions";
import { listOfferHistory } from "@/lib/offers/queries";
import { setPasswordWithToken } from "@/lib/passwords/service";
import { deleteUserAction, updateUserAction } from "@/lib/users/actions";
import { createInstitution, createOffer, createStructure, createUser, TEST_PASSWORD } from "@/test/factories";
import { nth, one } from "@/lib/core/rows";
import { actAs, setSession } from "@/test/session";
import {
  changeMemberEmailAction,
  createMemberAction,
  deleteMemberAction,
  resendMemberActivationAction,
  setMemberAdminAction,
  setMemberFrozenAction,
} from "./actions";

/**
 * The ARS rescues a structure's accounts, and the structure's ADMIN deletes users (issue 13 §2,
 * docs/produit.md#pouvoirs-de-lars, #comptes-et-securite): the authorisation matrix of every new action, then what each does.
 */
const email = (prefix: string) => `${prefix}.${randomUUID().slice(0, 8)}@exemple.test`;

async function world() {
  const structure = await createStructure(db, { regionCode: "44", departmentCode: "54", postalCode: "54000", communeCode: "54395", communeName: "Nancy" });
  const admin = await createUser(db, { structureId: structure.id, permissions: ["ADMIN", "GESTIONNAIRE"] });
  const member = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE"], passwordHash: null, email: email("mal.tapee") });
  const validator = await createUser(db, { structureId: structure.id, permissions: ["VALIDEUR", "GESTIONNAIRE", "CONSULTATION"] });
  const ars = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
  const otherArs = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
  const otherStructureAdmin = await createUser(db, { permissions: ["ADMIN"] });
  const institutionUser = await createUser(db, { kind: "INSTITUTION" });
  return { structure, admin, member, validator, ars, otherArs, otherStructureAdmin, institutionUser };
}
type World = Awaited<ReturnType<typeof world>>;

async function as(userId: string | null) {
  if (userId) await actAs(userId);
  else setSession(null);
}

function code(result: ActionResult<unknown>): string {
  return result.ok ? "ok" : (result.code ?? "?");
}

const ARS_ACTIONS = {
  create: (w) =>
    createMemberAction({
      structureId: w.structure.id,
      firstName: "Lina",
      lastName: "Benali",
      email: email("lina"),
      permissions: ["ADMIN"],
      jobTitle: "Directrice",
      phone: "03 83 00 00 00",
    }),
  changeEmail: (w) => changeMemberEmailAction({ userId: w.member.id, email: email("bonne.adresse") }),
  resend: (w) => resendMemberActivationAction({ userId: w.member.id }),
  giveAdmin: (w) => setMemberAdminAction({ userId: w.member.id, admin: true }),
  freeze: (w) => setMemberFrozenAction({ userId: w.member.id, frozen: true }),
  delete: (w) => deleteMemberAction({ userId: w.member.id }),
} satisfies Record<string, (w: World) => Promise<ActionResult<unknown>>>;

describe("the ARS's actions on a structure's users: who may", () => {
  for (const [name, run] of Object.entries(ARS_ACTIONS)) {
    it(`${name}: the région's admin may; another région's admin gets not-found; the structure's ADMIN, an institution user and a visitor are refused`, async () => {
      const w = await world();
      const expected: [string | null, string][] = [
        [w.otherArs.id, "NOT_FOUND"],
        [w.admin.id, "FORBIDDEN"],
        [w.institutionUser.id, "FORBIDDEN"],
        [null, "UNAUTHENTICATED"],
        [w.ars.id, "ok"],
      ];
      for (const [actor, answer] of expected) {
        await as(actor);
        expect(code(await run(w)), `${name} by ${actor}`).toBe(answer);
      }
    });
  }
});

describe("deleting a user: only the structure's ADMIN and the ARS", () => {
  it("refuses a VALIDEUR, a GESTIONNAIRE, an institution user and a visitor; another structure's ADMIN and another région's ARS find nothing", async () => {
    const w = await world();
    const refusals: [string | null, () => Promise<ActionResult<unknown>>, string][] = [
      [w.validator.id, () => deleteUserAction({ userId: w.member.id }), "FORBIDDEN"],
      [w.institutionUser.id, () => deleteUserAction({ userId: w.member.id }), "FORBIDDEN"],
      [w.ars.id, () => deleteUserAction({ userId: w.member.id }), "FORBIDDEN"],
      [null, () => deleteUserAction({ userId: w.member.id }), "UNAUTHENTICATED"],
      [w.otherStructureAdmin.id, () => deleteUserAction({ userId: w.member.id }), "NOT_FOUND"],
      [w.otherArs.id, () => deleteMemberAction({ userId: w.member.id }), "NOT_FOUND"],
      [w.admin.id, () => deleteMemberAction({ userId: w.member.id }), "FORBIDDEN"],
    ];
    for (const [actor, run, answer] of refusals) {
      await as(actor);
      expect(code(await run())).toBe(answer);
    }
    expect(one(await db.select().from(users).where(eq(users.id, w.member.id))).deletedAt).toBeNull();
    await as(w.admin.id);
    expect(code(await deleteUserAction({ userId: w.member.id }))).toBe("ok");
  });

  it("erases the person, frees the address and keeps the offer history under « Utilisateur supprimé »", async () => {
    const w = await world();
    const leaving = await createUser(db, {
      structureId: w.structure.id,
      permissions: ["GESTIONNAIRE"],
      firstName: "Hugo",
      lastName: "Marchal",
      phone: "+33383000000",
    });
    const offer = await createOffer(db, { structureId: w.structure.id });
    await db.insert(offerStatusHistory).values({ offerId: offer.id, toState: "DRAFT", actorId: leaving.id, action: "create" });
    await db.insert(activityLog).values({
      action: "offer.created",
      subjectType: "offer",
      subjectId: String(offer.id),
      actorId: leaving.id,
      structureId: w.structure.id,
      summary: `Hugo Marchal a créé l'offre « ${offer.name} ».`,
    });
    await as(w.admin.id);
    expect(code(await deleteUserAction({ userId: leaving.id }))).toBe("ok");

    const erased = one(await db.select().from(users).where(eq(users.id, leaving.id)));
    expect(erased).toMatchObject({ firstName: "Utilisateur", lastName: "supprimé", phone: null, jobTitle: null, passwordHash: null, permissions: [] });
    expect(erased.email).not.toBe(leaving.email);
    expect(erased.deletedAt).not.toBeNull();
    expect((await listOfferHistory(offer.id)).map((entry) => entry.actorName)).toContain("Utilisateur supprimé");
    const line = one(
      await db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.actorId, leaving.id), eq(activityLog.action, "offer.created"))),
    );
    expect(line.summary).toBe(`Utilisateur supprimé a créé l'offre « ${offer.name} ».`);
    // The address is free again: the same person can be given a new account.
    expect(
      code(await updateUserAction({ userId: w.validator.id, email: leaving.email, permissions: ["VALIDEUR"], jobTitle: "Directeur", phone: "03 83 00 00 01" })),
    ).toBe("ok");
  });

  it("never deletes the last active ADMIN, nor one's own account", async () => {
    const w = await world();
    await as(w.ars.id);
    const refused = await deleteMemberAction({ userId: w.admin.id });
    expect(refused).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(refused.ok ? "" : refused.message).toContain("au moins un administrateur actif");
    await as(w.admin.id);
    expect(await deleteUserAction({ userId: w.admin.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Vous ne pouvez pas supprimer votre propre compte.",
    });
  });

  it("deletes an institution's user for the région's ARS only", async () => {
    const institution = await createInstitution(db, { regionCode: "44", departmentCode: "54" });
    const user = await createUser(db, { kind: "INSTITUTION", institutionId: institution.id });
    const [ars, otherArs] = [
      await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" }),
      await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" }),
    ];
    await as(otherArs.id);
    expect(code(await deleteInstitutionUserAction({ userId: user.id }))).toBe("NOT_FOUND");
    await as(ars.id);
    expect(code(await deleteInstitutionUserAction({ userId: user.id }))).toBe("ok");
    expect(one(await db.select().from(users).where(eq(users.id, user.id)))).toMatchObject({ firstName: "Utilisateur", lastName: "supprimé" });
  });
});

describe("the ARS rescues an account", () => {
  it("changes a mistyped address: the new one gets an activation link that works, the old one a notice, the old links die", async () => {
    const w = await world();
    await as(w.ars.id);
    expect(code(await resendMemberActivationAction({ userId: w.member.id }))).toBe("ok");
    const oldLink = one(
      await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toEmail, w.member.email), eq(outbox.template, "account-activation"))),
    );
    const newEmail = email("bonne.adresse");
    expect(await changeMemberEmailAction({ userId: w.member.id, email: newEmail.toUpperCase() })).toMatchObject({ ok: true, data: { changed: true } });

    const notice = one(
      await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toEmail, w.member.email), eq(outbox.template, "email-changed-notice"))),
    );
    expect(notice.text).toContain("L'ARS Grand Est a remplacé cette adresse");
    expect(notice.text).not.toContain(newEmail);
    const link = one(
      await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toEmail, newEmail), eq(outbox.template, "email-changed"))),
    );
    const token = nth(/\/activation\/([A-Za-z0-9_-]{43})/.exec(link.text)!, 1);
    const oldToken = nth(/\/activation\/([A-Za-z0-9_-]{43})/.exec(oldLink.text)!, 1);
    await expect(
      setPasswordWithToken({ token: oldToken, password: TEST_PASSWORD, confirmation: TEST_PASSWORD, acceptTerms: true }, "ACTIVATION"),
    ).rejects.toThrow();
    expect(await setPasswordWithToken({ token, password: TEST_PASSWORD, confirmation: TEST_PASSWORD, acceptTerms: true }, "ACTIVATION")).toEqual({
      email: newEmail,
    });
    expect(code(await resendMemberActivationAction({ userId: w.member.id }))).toBe("CONFLICT");
  });

  it("gives and takes « Administrateur offreur », but never from the last active ADMIN; freezes and unfreezes", async () => {
    const w = await world();
    await as(w.ars.id);
    expect(code(await setMemberAdminAction({ userId: w.admin.id, admin: false }))).toBe("CONFLICT");
    expect(code(await setMemberFrozenAction({ userId: w.admin.id, frozen: true }))).toBe("CONFLICT");
    expect(code(await setMemberAdminAction({ userId: w.validator.id, admin: true }))).toBe("ok");
    expect(code(await setMemberAdminAction({ userId: w.admin.id, admin: false }))).toBe("ok");
    expect(one(await db.select().from(users).where(eq(users.id, w.admin.id))).permissions).toEqual(["GESTIONNAIRE"]);
    expect(code(await setMemberFrozenAction({ userId: w.admin.id, frozen: true }))).toBe("ok");
    expect(code(await setMemberFrozenAction({ userId: w.admin.id, frozen: false }))).toBe("ok");
  });

  it("creates a user with an activation link and no password", async () => {
    const w = await world();
    await as(w.ars.id);
    const result = await ARS_ACTIONS.create(w);
    expect(result.ok).toBe(true);
    const created = one(
      await db
        .select()
        .from(users)
        .where(eq(users.id, (result as { data: { id: string } }).data.id)),
    );
    expect(created).toMatchObject({ passwordHash: null, structureId: w.structure.id, permissions: ["ADMIN"], createdById: w.ars.id });
    expect(
      await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toEmail, created.email), eq(outbox.template, "account-activation"))),
    ).toHaveLength(1);
  });

  it("answers bad input in French next to the field, never a 500", async () => {
    const w = await world();
    await as(w.ars.id);
    expect(await changeMemberEmailAction({ userId: w.member.id, email: "pas-une-adresse" })).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { email: [expect.stringMatching(/adresse/i)] },
    });
    expect(await changeMemberEmailAction({ userId: w.member.id, email: w.admin.email })).toMatchObject({
      ok: false,
      fieldErrors: { email: [expect.stringMatching(/déjà/)] },
    });
    expect(await changeMemberEmailAction({ userId: "pas-un-id", email: email("x") })).toMatchObject({ ok: false, code: "INVALID" });
    const noName = await createMemberAction({
      structureId: w.structure.id,
      firstName: "",
      lastName: "",
      email: "",
      permissions: [],
      jobTitle: "",
      phone: "12",
    });
    expect(noName.ok ? {} : Object.keys(noName.fieldErrors ?? {}).sort()).toEqual(["email", "firstName", "jobTitle", "lastName", "permissions", "phone"]);
  });
});

describe("the structure's ADMIN changes an email", () => {
  it("sends the new address its link and the old one a notice", async () => {
    const w = await world();
    await as(w.admin.id);
    const newEmail = email("nouvelle");
    expect(
      code(await updateUserAction({ userId: w.validator.id, email: newEmail, permissions: ["VALIDEUR"], jobTitle: "Directeur", phone: "03 83 00 00 01" })),
    ).toBe("ok");
    expect(
      await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toEmail, newEmail), eq(outbox.template, "email-changed"))),
    ).toHaveLength(1);
    const notice = one(
      await db
        .select()
        .from(outbox)
        .where(and(eq(outbox.toEmail, w.validator.email), eq(outbox.template, "email-changed-notice"))),
    );
    expect(notice.text).toContain("administrateur de votre structure");
  });
});
