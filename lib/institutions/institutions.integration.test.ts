import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { institutions, outbox, userTokens, users, type User } from "@/db/schema";
import { createInstitution, createUser, referenceId } from "@/test/factories";
import { createSession } from "@/lib/core/auth/sessions/store";
import { actAs, openSessionIds, setSession } from "@/test/session";
import { one } from "@/lib/core/rows";

const actions = await import("./actions");
const { listRegionInstitutions, listInstitutionUsers } = await import("./queries");

let ifsi: number;
let adminIdf: User;
let adminGrandEst: User;

beforeEach(async () => {
  ifsi = await referenceId(db, "INSTITUTION_TYPE", "IFSI");
  adminIdf = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
  adminGrandEst = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
  await actAs(adminIdf.id);
});

const institutionRow = async (id: string) => one(await db.select().from(institutions).where(eq(institutions.id, id)));

describe("institutions: the regional admin manages those of their région", () => {
  it("creates an institution in their région, edits it, deactivates and reactivates it with its users", async () => {
    const created = await actions.createInstitutionAction({ name: "IFSI de Montreuil", typeId: String(ifsi), departmentCode: "93" });
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data.id : "";
    expect(await institutionRow(id)).toMatchObject({ name: "IFSI de Montreuil", regionCode: "11", departmentCode: "93", isActive: true });

    expect(
      await actions.updateInstitutionAction({ institutionId: id, name: "IFSI de Montreuil – Croix-Rouge", typeId: String(ifsi), departmentCode: "93" }),
    ).toMatchObject({ ok: true });
    const member = await createUser(db, { kind: "INSTITUTION", institutionId: id });
    const memberSession = await createSession({ userId: member.id, kind: "INSTITUTION", remember: true, device: "Firefox sur Linux" });
    const frozenBefore = await createUser(db, { kind: "INSTITUTION", institutionId: id, frozenAt: new Date("2026-01-01T00:00:00Z") });

    expect(await actions.deactivateInstitutionAction({ institutionId: id })).toMatchObject({ ok: true });
    expect((await institutionRow(id)).isActive).toBe(false);
    const memberAfter = one(await db.select().from(users).where(eq(users.id, member.id)));
    expect(memberAfter.frozenAt).not.toBeNull();
    expect(await openSessionIds(member.id)).not.toContain(memberSession.id);

    expect(await actions.reactivateInstitutionAction({ institutionId: id })).toMatchObject({ ok: true });
    const memberBack = one(await db.select().from(users).where(eq(users.id, member.id)));
    const stillFrozen = one(await db.select().from(users).where(eq(users.id, frozenBefore.id)));
    expect(memberBack.frozenAt).toBeNull();
    expect(stillFrozen.frozenAt).toEqual(new Date("2026-01-01T00:00:00Z"));
    expect((await listRegionInstitutions("11")).map((row) => row.id)).toContain(id);
    expect((await listRegionInstitutions("44")).map((row) => row.id)).not.toContain(id);
  });

  it("changes 0 rows of another région's institution, and refuses non-admins", async () => {
    const strasbourg = await createInstitution(db, { name: "IFSI de Strasbourg", departmentCode: "67", regionCode: "44" });
    const before = await institutionRow(strasbourg.id);
    const attempts = [
      await actions.updateInstitutionAction({ institutionId: strasbourg.id, name: "Piraté", typeId: String(ifsi), departmentCode: "93" }),
      await actions.deactivateInstitutionAction({ institutionId: strasbourg.id }),
      await actions.createInstitutionUserAction({
        institutionId: strasbourg.id,
        firstName: "A",
        lastName: "B",
        email: `x-${Date.now()}@test.sses.fr`,
        jobTitle: "C",
        phone: "0123456789",
      }),
    ];
    for (const result of attempts) expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await institutionRow(strasbourg.id)).toEqual(before);

    const institutionUser = await createUser(db, { kind: "INSTITUTION", institutionId: strasbourg.id });
    const offerer = await createUser(db, { kind: "OFFERER", permissions: ["ADMIN"] });
    for (const who of [institutionUser, offerer, null]) {
      if (who) await actAs(who.id);
      else setSession(null);
      const result = await actions.createInstitutionAction({ name: "Intrus", typeId: String(ifsi), departmentCode: "75" });
      expect(result.ok).toBe(false);
      expect((await actions.deactivateInstitutionAction({ institutionId: strasbourg.id })).ok).toBe(false);
    }
    expect(await db.$count(institutions, eq(institutions.name, "Intrus"))).toBe(0);
    expect(await institutionRow(strasbourg.id)).toEqual(before);

    await actAs(adminGrandEst.id);
    expect(
      await actions.updateInstitutionAction({ institutionId: strasbourg.id, name: "IFSI de Strasbourg", typeId: String(ifsi), departmentCode: "67" }),
    ).toMatchObject({ ok: true });
  });

  it.each([
    ["a département of another région", { departmentCode: "67" }, "departmentCode", "Choisissez un département de votre région"],
    ["a département that does not exist", { departmentCode: "00" }, "departmentCode", "Choisissez un département de votre région"],
    ["junk as a département", { departmentCode: "<b>" }, "departmentCode", "Choisissez un département de votre région"],
    ["a type that is not an institution type", { typeId: "999999" }, "typeId", "Choisissez un type d'établissement dans la liste"],
    ["no name", { name: "   " }, "name", "Ce champ est obligatoire"],
  ])("refuses %s with a French message", async (_label, override, field, message) => {
    const result = await actions.createInstitutionAction({ name: "IFSI de Bobigny", typeId: String(ifsi), departmentCode: "93", ...override });
    expect(result.ok).toBe(false);
    expect(result.ok ? undefined : result.fieldErrors?.[field]).toEqual([message]);
  });

  it("answers a forged institution id with not-found or a field error, never a crash", async () => {
    expect(
      await actions.updateInstitutionAction({ institutionId: "00000000-0000-4000-8000-000000000000", name: "X", typeId: String(ifsi), departmentCode: "93" }),
    ).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await actions.deactivateInstitutionAction({ institutionId: "' or 1=1 --" })).toMatchObject({ ok: false, code: "INVALID" });
  });
});

describe("institution users", () => {
  it("creates the user with an activation link emailed, no password, and refuses an email already used", async () => {
    const institution = await createInstitution(db, { regionCode: "11", departmentCode: "94", name: "IFMK de Créteil" });
    const email = `Camille.Bernard-${Date.now()}@Test.sses.fr`;
    const result = await actions.createInstitutionUserAction({
      institutionId: institution.id,
      firstName: "Camille",
      lastName: "Bernard",
      email,
      jobTitle: "Directrice",
      phone: "01 23 45 67 89",
    });
    expect(result.ok).toBe(true);
    const userId = result.ok ? result.data.id : "";
    const [user] = await db.select().from(users).where(eq(users.id, userId));
    expect(user).toMatchObject({
      kind: "INSTITUTION",
      institutionId: institution.id,
      email: email.toLowerCase(),
      passwordHash: null,
      phone: "+33123456789",
      createdById: adminIdf.id,
    });
    expect(await db.$count(userTokens, and(eq(userTokens.userId, userId), eq(userTokens.purpose, "ACTIVATION")))).toBe(1);
    const mail = one(await db.select().from(outbox).where(eq(outbox.toEmail, email.toLowerCase())));
    expect(mail).toMatchObject({ template: "institution-user-created", regionCode: "11" });
    expect(mail.text).toMatch(/\/activation\/[A-Za-z0-9_-]{43}/);
    expect(mail.text).toContain("IFMK de Créteil");
    expect((await listInstitutionUsers("11", institution.id)).map((u) => [u.id, u.isPending])).toEqual([[userId, true]]);
    expect(await listInstitutionUsers("44", institution.id)).toEqual([]);

    const again = await actions.createInstitutionUserAction({
      institutionId: institution.id,
      firstName: "Autre",
      lastName: "Personne",
      email: email.toUpperCase(),
      jobTitle: "X",
      phone: "0123456789",
    });
    expect(again).toMatchObject({ ok: false, fieldErrors: { email: ["Cette adresse email est déjà utilisée sur la plateforme"] } });
    expect(await db.$count(outbox, eq(outbox.toEmail, email.toLowerCase()))).toBe(1);

    expect(await actions.deactivateInstitutionUserAction({ userId })).toMatchObject({ ok: true });
    await actAs(adminGrandEst.id);
    expect(await actions.reactivateInstitutionUserAction({ userId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("keeps the users of a deactivated institution deactivated, one by one too, until the institution comes back", async () => {
    const institution = await createInstitution(db, { regionCode: "11" });
    const member = await createUser(db, { kind: "INSTITUTION", institutionId: institution.id });
    expect(await actions.deactivateInstitutionAction({ institutionId: institution.id })).toMatchObject({ ok: true });
    expect(await actions.reactivateInstitutionUserAction({ userId: member.id })).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Réactivez l'établissement avant de réactiver l'un de ses utilisateurs.",
    });
    const still = one(await db.select({ frozenAt: users.frozenAt }).from(users).where(eq(users.id, member.id)));
    expect(still.frozenAt).not.toBeNull();
    expect(await actions.reactivateInstitutionAction({ institutionId: institution.id })).toMatchObject({ ok: true });
    const back = one(await db.select({ frozenAt: users.frozenAt }).from(users).where(eq(users.id, member.id)));
    expect(back.frozenAt).toBeNull();
  });

  it("checks the fields with French messages", async () => {
    const institution = await createInstitution(db, { regionCode: "11" });
    const result = await actions.createInstitutionUserAction({
      institutionId: institution.id,
      firstName: "",
      lastName: "B",
      email: "pas-une-adresse",
      jobTitle: "",
      phone: "12",
    });
    expect(result.ok).toBe(false);
    const errors = result.ok ? {} : result.fieldErrors;
    expect(errors).toMatchObject({
      firstName: ["Ce champ est obligatoire"],
      email: ["Saisissez une adresse email valide, par exemple nom@exemple.fr"],
      jobTitle: ["Ce champ est obligatoire"],
    });
    expect(errors?.phone?.[0]).toMatch(/numéro de téléphone français/);
  });
});
