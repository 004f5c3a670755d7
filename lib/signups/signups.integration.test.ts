import { randomInt } from "node:crypto";
import { sirenFrom } from "@/db/seed/siren";
import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { activityLog, files, outbox, regionSettings, signupRequests, structures, users } from "@/db/schema";
import { AppError } from "@/lib/core/errors";
import { setPasswordWithToken } from "@/lib/passwords/service";
import { hashToken } from "@/lib/core/tokens/tokens";
import { dumpDatabase } from "@/test/database-dump";
import { createStructure, createUser, referenceId } from "@/test/factories";
import { extractLink, findEmails, latestEmailTo } from "@/test/mailbox";
import { acceptSignup, refuseSignup } from "./moderate";
import { listDecidedSignups, listPendingSignups } from "./queries";
import { signupRequestSchema, type SignupRequestValues } from "./schemas";
import { submitSignup, type LogoUpload } from "./submit";
import { storedSignup } from "@/test/signups";
import { nth, one } from "@/lib/core/rows";

const PNG: LogoUpload = { name: "logo.png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]) };

/** A valid SIREN from a random 8-digit prefix: each run makes its own structures. */
function validSiren(): string {
  return sirenFrom(String(randomInt(10_000_000, 100_000_000)));
}

async function request(overrides: Record<string, string> = {}): Promise<SignupRequestValues> {
  return signupRequestSchema.parse({
    offererTypeId: String(await referenceId(db, "OFFERER_TYPE", "Association")),
    name: `Fleur bleue ${randomInt(1e9)}`,
    siren: validSiren(),
    street: "12 rue de la République",
    postalCode: "93200",
    communeCode: "93066",
    communeName: "ce que le navigateur a affiché",
    legalRepCivility: "Madame",
    legalRepLastName: "Michu",
    legalRepFirstName: "Claire",
    legalRepFunction: "Présidente",
    description: "Prévention <b>en milieu</b> scolaire.",
    firstName: "Claire",
    lastName: "Michu",
    jobTitle: "Médecin",
    email: `claire.${randomInt(1e9)}@fleurbleue.test`,
    phone: "01 01 01 01 00",
    ...overrides,
  });
}

async function expectAppError(promise: Promise<unknown>, code: string, fields?: Record<string, string>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  for (const [field, message] of Object.entries(fields ?? {})) expect((error as AppError).fieldErrors?.[field]).toEqual([message]);
}

describe("submitting a sign-up request", () => {
  it("stores the request with the official commune and queues the two emails in one go", async () => {
    const idfAdmin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
    const values = await request();
    const id = await storedSignup(values, PNG);

    const row = one(await db.select().from(signupRequests).where(eq(signupRequests.id, id)));
    expect(row).toMatchObject({ status: "PENDING", regionCode: "11", siren: values.siren, email: values.email, structureName: values.name });
    expect(row.data.structure).toMatchObject({ communeName: "Saint-Denis", departmentCode: "93", regionCode: "11", postalCode: "93200" });
    const [logo] = await db.select().from(files).where(eq(files.id, row.logoFileId!));
    expect(logo).toMatchObject({ mimeType: "image/png", size: PNG.bytes.length });

    const received = await latestEmailTo(values.email, "signup-received");
    expect(received.subject).toBe("Service sanitaire Île-de-France / Compte offreur en cours de validation");
    // The address is not verified yet: fixed text only, nothing typed in the form (issue 14, finding 6).
    for (const typed of [values.name, values.firstName, values.lastName]) expect(received.subject + received.text + received.html).not.toContain(typed);
    // No « Adresse de contact de l'ARS » set for Île-de-France yet: the support form, région chosen.
    expect(received.text).toContain("l'agence régionale de santé (ARS) Île-de-France, par le « Formulaire d'assistance »");
    expect(received.text).toContain("/aide/assistance?region=11");
    const toReview = await latestEmailTo(idfAdmin.email, "signup-to-review");
    expect(toReview.text).toContain("/admin/demandes");
    const all = await db.select({ to: outbox.toEmail }).from(outbox).where(eq(outbox.regionCode, "11"));
    expect(all.map((r) => r.to).sort()).toEqual([idfAdmin.email, values.email].sort());
  });

  it("gives the région's ARS contact address once its admins have set it", async () => {
    await db.insert(regionSettings).values({ regionCode: "11", contactEmail: "ars-idf-sses@test.sses.fr" });
    try {
      const values = await request();
      await storedSignup(values, undefined);
      const received = await latestEmailTo(values.email, "signup-received");
      expect(received.text).toContain("l'agence régionale de santé (ARS) Île-de-France, à l'adresse suivante : ars-idf-sses@test.sses.fr");
      expect(received.html).toContain('href="mailto:ars-idf-sses@test.sses.fr"');
    } finally {
      await db.delete(regionSettings).where(eq(regionSettings.regionCode, "11"));
    }
  });

  it("stores nothing for an address already in use, whatever its case, and tells its owner by email (issue 14, finding 5)", async () => {
    const existing = await createUser(db, { firstName: "Odile" });
    expect(await submitSignup(await request({ email: existing.email.toUpperCase() }), undefined)).toBeNull();
    const notice = await latestEmailTo(existing.email, "signup-address-in-use");
    expect(notice.text).toContain("Bonjour Odile,");
    expect(notice.text).toContain("un compte existe déjà sur la plateforme avec cette adresse");
    expect(notice.text).toContain("/mot-de-passe-oublie");
    expect(await db.select().from(signupRequests).where(eq(signupRequests.email, existing.email))).toEqual([]);

    const first = await request();
    await storedSignup(first, undefined);
    expect(await submitSignup(await request({ email: first.email, firstName: "Usurpateur" }), undefined)).toBeNull();
    const pendingNotice = await latestEmailTo(first.email, "signup-address-in-use");
    expect(pendingNotice.text).toContain("attend déjà l'examen de l'agence régionale de santé");
    expect(pendingNotice.text).not.toContain("Usurpateur");
    expect(await db.select().from(signupRequests).where(eq(signupRequests.email, first.email))).toHaveLength(1);
  });

  it("lets only one of two simultaneous requests with the same email through", async () => {
    const email = `meme.${randomInt(1e9)}@fleurbleue.test`;
    const results = await Promise.all([submitSignup(await request({ email }), undefined), submitSignup(await request({ email }), undefined)]);
    expect(results.filter((id) => id !== null)).toHaveLength(1);
    expect(await findEmails({ to: email, template: "signup-address-in-use" })).toHaveLength(1);
  });

  it("refuses a commune that does not match its postal code, and stores nothing", async () => {
    const before = await db.select({ total: count() }).from(signupRequests);
    await expectAppError(storedSignup(await request({ communeCode: "75056" }), undefined), "INVALID", {
      communeCode: "Choisissez votre commune dans la liste proposée",
    });
    await expectAppError(storedSignup(await request({ offererTypeId: String(await referenceId(db, "THEME")) }), undefined), "INVALID");
    expect(await db.select({ total: count() }).from(signupRequests)).toEqual(before);
  });

  it("refuses a renamed PDF as logo, and stores no file", async () => {
    const before = await db.select({ total: count() }).from(files);
    const pdf = { name: "logo.png", bytes: new TextEncoder().encode("%PDF-1.7\n1 0 obj") };
    await expectAppError(storedSignup(await request(), pdf), "INVALID", { logo: "Le logo doit être une image PNG, JPEG ou WebP" });
    expect(await db.select({ total: count() }).from(files)).toEqual(before);
  });
});

describe("moderating requests", () => {
  const idf = async () => {
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11" });
    return { admin, moderator: { id: admin.id, regionCode: "11" } };
  };

  it("accepts: structure, first user with the four permissions, hashed activation link, email, history", async () => {
    const { admin, moderator } = await idf();
    const values = await request();
    const id = await storedSignup(values, PNG);
    const { structureId, userId } = await acceptSignup(moderator, id);

    const structure = one(await db.select().from(structures).where(eq(structures.id, structureId)));
    expect(structure).toMatchObject({ name: values.name, siren: values.siren, communeCode: "93066", regionCode: "11", departmentCode: "93" });
    expect(structure.logoFileId).not.toBeNull();
    const user = one(await db.select().from(users).where(eq(users.id, userId)));
    expect(user).toMatchObject({ kind: "OFFERER", email: values.email, structureId, passwordHash: null, phone: "+33101010100", createdById: admin.id });
    expect([...user.permissions].sort()).toEqual(["ADMIN", "CONSULTATION", "GESTIONNAIRE", "VALIDEUR"]);
    const [decided] = await db.select().from(signupRequests).where(eq(signupRequests.id, id));
    expect(decided).toMatchObject({ status: "ACCEPTED", decidedById: admin.id, structureId });
    expect(await db.select().from(activityLog).where(eq(activityLog.subjectId, id))).toHaveLength(1);

    const email = await latestEmailTo(values.email, "account-activation");
    expect(email.subject).toContain("Création d'un compte utilisateur");
    const link = extractLink(email.text, "/activation/");
    const token = new URL(link).pathname.split("/").pop()!;
    expect(email.html).toContain(token);

    // Activate with that link, then look for the secrets in the whole database.
    const password = "Le héron pêche à l'aube de Saint-Denis";
    await setPasswordWithToken({ token, password, confirmation: password, acceptTerms: true }, "ACTIVATION");
    const activated = one(await db.select().from(users).where(eq(users.id, userId)));
    expect(activated.passwordHash).toMatch(/^\$argon2id\$/);
    expect(activated.termsAcceptedAt).not.toBeNull();
    // The clear token lives in one place only: the email that carries the link to its owner (the
    // outbox row is the message itself). Everywhere else, its hash; the password, nowhere at all.
    const dump = await dumpDatabase();
    expect(dump.some((entry) => entry.table === "user_tokens" && entry.row.includes(hashToken(token)))).toBe(true);
    const withToken = dump.filter((entry) => entry.row.includes(token));
    expect(withToken).toHaveLength(1);
    expect(nth(withToken, 0).table).toBe("outbox");
    expect(nth(withToken, 0).row.startsWith(`(${email.id},account-activation,${values.email},`)).toBe(true);
    expect(dump.filter((entry) => entry.row.includes(password) || entry.row.includes("héron pêche"))).toEqual([]);
  });

  it("is idempotent against a double click: one structure, one user, one email", async () => {
    const { moderator } = await idf();
    const values = await request();
    const id = await storedSignup(values, undefined);
    const results = await Promise.allSettled([acceptSignup(moderator, id), acceptSignup(moderator, id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    await expectAppError(acceptSignup(moderator, id), "CONFLICT");
    expect(await db.select().from(structures).where(eq(structures.name, values.name))).toHaveLength(1);
    expect(await findEmails({ to: values.email, template: "account-activation" })).toHaveLength(1);
  });

  it("refuses with a reason that reaches the requester", async () => {
    const { admin, moderator } = await idf();
    const values = await request();
    const id = await storedSignup(values, undefined);
    const reason = "Votre structure est déjà inscrite sous le nom « Fleur bleue Paris ».";
    await refuseSignup(moderator, id, reason);
    const [row] = await db.select().from(signupRequests).where(eq(signupRequests.id, id));
    expect(row).toMatchObject({ status: "REFUSED", refusalReason: reason, decidedById: admin.id, structureId: null });
    const email = await latestEmailTo(values.email, "signup-refused");
    expect(email.text).toContain("Fleur bleue Paris");
    await expectAppError(acceptSignup(moderator, id), "CONFLICT");
    // A refused request no longer blocks the address: the structure may ask again.
    await expect(storedSignup(await request({ email: values.email }), undefined)).resolves.toBeTypeOf("string");
  });

  it("keeps each région's requests to its own admins: Grand Est cannot accept or refuse an IDF request", async () => {
    const grandEst = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44" });
    const moderator = { id: grandEst.id, regionCode: "44" };
    const id = await storedSignup(await request(), undefined);
    await expectAppError(acceptSignup(moderator, id), "NOT_FOUND");
    await expectAppError(refuseSignup(moderator, id, "Hors région"), "NOT_FOUND");
    const [row] = await db.select().from(signupRequests).where(eq(signupRequests.id, id));
    expect(row).toMatchObject({ status: "PENDING", decidedAt: null, decidedById: null });
    expect((await listPendingSignups("44")).map((r) => r.id)).not.toContain(id);
    expect((await listPendingSignups("11")).map((r) => r.id)).toContain(id);
    await expectAppError(acceptSignup(moderator, "00000000-0000-4000-8000-000000000000"), "NOT_FOUND");
  });

  it("lists pending requests oldest first with their warnings, and decisions in the history", async () => {
    const { admin, moderator } = await idf();
    const known = await createStructure(db, { name: "École élémentaire Jean-Jaurès", regionCode: "11", siren: validSiren() });
    const existingUser = await createUser(db);
    const a = await storedSignup(await request({ name: "ECOLE ELEMENTAIRE JEAN JAURES", siren: known.siren }), undefined);
    const b = await storedSignup(await request({ name: `Tout autre nom ${randomInt(1e9)}` }), undefined);
    await db.update(signupRequests).set({ email: existingUser.email }).where(eq(signupRequests.id, b));

    const pending = await listPendingSignups("11");
    const ids = pending.map((r) => r.id);
    expect(ids.indexOf(a)).toBeLessThan(ids.indexOf(b));
    const viewA = pending.find((r) => r.id === a)!;
    expect(viewA.warnings).toMatchObject({ sirenKnown: true, emailKnown: false });
    expect(viewA.warnings.similarNames).toContain("École élémentaire Jean-Jaurès");
    expect(viewA.offererTypeLabel).toBe("Association");
    const viewB = pending.find((r) => r.id === b)!;
    expect(viewB.warnings).toEqual({ sirenKnown: false, emailKnown: true, similarNames: [] });

    await refuseSignup(moderator, b, "Adresse déjà utilisée");
    const history = await listDecidedSignups("11");
    const refused = history.items.find((r) => r.id === b)!;
    expect(refused).toMatchObject({ status: "REFUSED", refusalReason: "Adresse déjà utilisée", decidedByName: `${admin.firstName} ${admin.lastName}` });
    expect((await listDecidedSignups("44")).items.map((r) => r.id)).not.toContain(b);
  });
});
