import { and, eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { activityLog, offerRevisions, outbox, regionSettings, type User } from "@/db/schema";
import { createOfferInState, createRevision, createStructure, createUser } from "@/test/factories";
import { NOW, snapshotOfferTables } from "@/test/fixtures/offers";
import { as, createRegionAdmins, GRAND_EST, history, IDF, offerRow, structureWithTeam } from "@/test/fixtures/regions";
import { findEmails } from "@/test/mailbox";
import { countWaitingByValidator, listOffersToValidate } from "./queue";
import { one } from "@/lib/core/rows";

const cache = vi.hoisted(() => ({ expired: [] as (number | undefined)[] }));
vi.mock("@/lib/offers/catalogue/cache", () => ({ expireOfferCache: (id?: number) => cache.expired.push(id), expireOfferCacheFromJob: () => {} }));
vi.stubEnv("SSES_NOW", NOW);

const adminActions = await import("./actions");
const offerActions = await import("@/lib/offers/actions");
const { updateRegionSettingsAction } = await import("@/lib/regions/actions");
const { queueDailyDigests } = await import("@/lib/core/outbox/digests");

/**
 * docs/produit.md#qui-valide, against the real database: Grand Est validates « par l'ARS »,
 * Île-de-France « par les valideurs de la structure »; the ARS validates through the workflow's
 * table like a VALIDEUR. Its moderation of live offers: region-moderation.integration.test.ts.
 */
let adminIdf: User;
let adminGrandEst: User;
let otherAdminGrandEst: User;

beforeAll(async () => {
  ({ adminIdf, adminGrandEst, otherAdminGrandEst } = await createRegionAdmins());
});

beforeEach(() => {
  cache.expired = [];
});

describe("« par l'ARS »: an offer sent for validation goes to the région's admins", () => {
  it("submitted in Grand Est: the ARS is told and queues it; the structure's VALIDEUR cannot validate; the ARS validates it, as a VALIDEUR would", async () => {
    const team = await structureWithTeam(GRAND_EST);
    const draft = await createOfferInState(db, team.structure.id, "DRAFT", { ...team.place, authorId: team.author.id, name: "Sommeil au lycée" });

    await as(team.author);
    expect(await offerActions.submitOfferAction({ offerId: draft.id })).toEqual({ ok: true, data: { state: "PENDING" } });
    expect(await offerRow(draft.id)).toMatchObject({ state: "PENDING", validationMode: "ARS" });
    // Each Grand Est admin is told, with a link to the offer in /admin; the structure's VALIDEUR is not asked.
    for (const admin of [adminGrandEst, otherAdminGrandEst]) {
      const email = one(await findEmails({ to: admin.email, template: "region-offer-to-validate" }));
      expect(email.subject).toBe(`Offre n° ${draft.id} à valider`);
      expect(email.text).toContain(team.structure.name);
      expect(email.text).toContain(`/admin/offres/${draft.id}`);
    }
    expect(await findEmails({ to: adminIdf.email })).toEqual([]);
    expect(await findEmails({ to: team.validator.email, template: "offer-to-validate" })).toEqual([]);
    expect((await listOffersToValidate(GRAND_EST)).map((row) => [row.offerId, row.kind, row.structureName])).toContainEqual([
      draft.id,
      "offer",
      team.structure.name,
    ]);
    expect(await listOffersToValidate(IDF)).toEqual([]);

    // The structure's VALIDEUR: refused, with the reason, nothing written.
    const before = await snapshotOfferTables();
    await as(team.validator);
    expect(await offerActions.validateOfferAction({ offerId: draft.id })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: "Cette offre est validée par l'ARS, pas par les valideurs de la structure.",
    });
    expect(await offerActions.sendBackOfferAction({ offerId: draft.id, comment: "Non." })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    // Another région's admin: not found.
    await as(adminIdf);
    expect(await adminActions.validateRegionOfferAction({ offerId: draft.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await snapshotOfferTables()).toEqual(before);

    await as(adminGrandEst);
    expect(await adminActions.validateRegionOfferAction({ offerId: draft.id })).toEqual({ ok: true, data: { state: "VALIDATED" } });
    expect(await offerRow(draft.id)).toMatchObject({ state: "VALIDATED", validatedById: adminGrandEst.id });
    expect((await history(draft.id)).map((row) => row.slice(0, 4))).toEqual([
      ["submit", "DRAFT", "PENDING", team.author.id],
      ["validate", "PENDING", "VALIDATED", adminGrandEst.id],
    ]);
    const validated = one(await findEmails({ to: team.author.email, template: "offer-validated" }));
    expect(validated.subject).toContain(String(draft.id));
    const activity = one(
      await db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.subjectId, String(draft.id)), eq(activityLog.action, "offer.validated"))),
    );
    expect(activity).toMatchObject({ actorId: adminGrandEst.id, structureId: team.structure.id, regionCode: GRAND_EST });
    expect(activity.summary).toContain("Bernard Klein (ARS) a validé l'offre « Sommeil au lycée »");
    expect(await listOffersToValidate(GRAND_EST)).not.toContainEqual(expect.objectContaining({ offerId: draft.id }));
  });

  it("the ARS sends back with a comment (→ Brouillon, the author emailed); it never validates a draft", async () => {
    const team = await structureWithTeam(GRAND_EST);
    const pending = await createOfferInState(db, team.structure.id, "PENDING", { ...team.place, authorId: team.author.id, validationMode: "ARS" });
    const draft = await createOfferInState(db, team.structure.id, "DRAFT", { ...team.place, authorId: team.author.id });

    await as(adminGrandEst);
    expect(await adminActions.validateRegionOfferAction({ offerId: draft.id })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await adminActions.sendBackRegionOfferAction({ offerId: pending.id, comment: "Précisez le nombre d'élèves par séance." })).toEqual({
      ok: true,
      data: { state: "DRAFT" },
    });
    const email = one(await findEmails({ to: team.author.email, template: "offer-sent-back" }));
    expect(email.text).toContain("Précisez le nombre d'élèves par séance.");
    expect(email.text).toContain("Bernard Klein (ARS)");
    expect((await history(pending.id)).at(-1)).toEqual(["send_back", "PENDING", "DRAFT", adminGrandEst.id, "Précisez le nombre d'élèves par séance."]);
  });

  it("a VALIDEUR cannot « Valider » a draft directly; renewing a Caduque offer waits for the ARS, even for a VALIDEUR", async () => {
    const team = await structureWithTeam(GRAND_EST);
    const draft = await createOfferInState(db, team.structure.id, "DRAFT", { ...team.place, authorId: team.author.id });
    const expired = await createOfferInState(db, team.structure.id, "EXPIRED", { ...team.place, authorId: team.author.id });
    const both = await createUser(db, { structureId: team.structure.id, permissions: ["GESTIONNAIRE", "VALIDEUR"] });

    await as(both);
    expect(await offerActions.validateOfferAction({ offerId: draft.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await offerActions.renewPublicationAction({ offerId: expired.id, publicationStart: "2026-06-01", publicationEnd: "2026-08-31" })).toEqual({
      ok: true,
      data: { state: "PENDING" },
    });
    expect(await offerRow(expired.id)).toMatchObject({ state: "PENDING", validationMode: "ARS" });
    expect(await findEmails({ to: adminGrandEst.email, template: "region-offer-to-validate" })).toContainEqual(
      expect.objectContaining({ subject: `Offre n° ${expired.id} à valider` }),
    );
  });

  it("the modification of a live offer goes to the ARS too; the public keeps the published version until the ARS validates it", async () => {
    const team = await structureWithTeam(GRAND_EST);
    const live = await createOfferInState(db, team.structure.id, "PUBLISHED", { ...team.place, authorId: team.author.id, name: "Écrans et sommeil" });
    const revision = await createRevision(db, live, { authorId: team.author.id, content: { name: "Écrans et sommeil (2e édition)" } });

    await as(team.author);
    expect(await offerActions.submitOfferAction({ offerId: live.id })).toEqual({ ok: true, data: { state: "PUBLISHED" } });
    const [stored] = await db.select().from(offerRevisions).where(eq(offerRevisions.id, revision.id));
    expect(stored).toMatchObject({ state: "PENDING", validationMode: "ARS" });
    const emails = await findEmails({ to: adminGrandEst.email, template: "region-offer-to-validate" });
    expect(emails.at(-1)?.subject).toBe(`Modification de l'offre n° ${live.id} à valider`);
    expect((await listOffersToValidate(GRAND_EST)).find((row) => row.offerId === live.id)).toMatchObject({
      kind: "revision",
      offerName: "Écrans et sommeil (2e édition)",
    });

    await as(team.validator);
    expect(await offerActions.validateOfferAction({ offerId: live.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(adminGrandEst);
    expect(await adminActions.validateRegionOfferAction({ offerId: live.id })).toEqual({ ok: true, data: { state: "PUBLISHED" } });
    expect(await offerRow(live.id)).toMatchObject({ name: "Écrans et sommeil (2e édition)", version: 2 });
    expect(cache.expired).toContain(live.id);
  });

  it("the ARS validates a modification only once it was sent: not one still being written", async () => {
    const team = await structureWithTeam(GRAND_EST);
    const live = await createOfferInState(db, team.structure.id, "PUBLISHED", { ...team.place, authorId: team.author.id });
    await createRevision(db, live, { authorId: team.author.id, state: "DRAFT" });
    await as(adminGrandEst);
    expect(await adminActions.validateRegionOfferAction({ offerId: live.id })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("changing the rule applies to what is sent afterwards; what waits stays where it is", () => {
  it("an offer sent under « par les valideurs » stays its VALIDEUR's after the switch to « par l'ARS », and the reverse", async () => {
    const region = "84"; // Auvergne-Rhône-Alpes: a région of its own for this test.
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: region });
    const lyon = { regionCode: region, departmentCode: "69", postalCode: "69001", communeCode: "69381", communeName: "Lyon" };
    const structure = await createStructure(db, lyon);
    const author = await createUser(db, { structureId: structure.id, permissions: ["GESTIONNAIRE"] });
    const validator = await createUser(db, { structureId: structure.id, permissions: ["VALIDEUR"] });
    const before = await createOfferInState(db, structure.id, "DRAFT", { ...lyon, authorId: author.id });
    const after = await createOfferInState(db, structure.id, "DRAFT", { ...lyon, authorId: author.id });

    await as(author);
    await offerActions.submitOfferAction({ offerId: before.id });
    expect(await offerRow(before.id)).toMatchObject({ validationMode: "STRUCTURE" });

    await as(admin);
    expect(await updateRegionSettingsAction({ offerValidation: "ARS", contactEmail: "" })).toEqual({ ok: true, data: null });
    await as(author);
    await offerActions.submitOfferAction({ offerId: after.id });
    expect(await offerRow(after.id)).toMatchObject({ validationMode: "ARS" });
    expect(await countWaitingByValidator(region)).toEqual({ STRUCTURE: 1, ARS: 1 });

    await as(admin);
    expect(await adminActions.validateRegionOfferAction({ offerId: before.id })).toEqual({
      ok: false,
      code: "FORBIDDEN",
      message: "Cette offre est validée par les valideurs de sa structure, pas par l'ARS.",
    });
    await as(validator);
    expect(await offerActions.validateOfferAction({ offerId: after.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await offerActions.validateOfferAction({ offerId: before.id })).toMatchObject({ ok: true });

    // Back to the structures: the offer sent to the ARS stays the ARS's.
    await as(admin);
    await updateRegionSettingsAction({ offerValidation: "STRUCTURE", contactEmail: "" });
    await as(validator);
    expect(await offerActions.validateOfferAction({ offerId: after.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(admin);
    expect(await adminActions.validateRegionOfferAction({ offerId: after.id })).toMatchObject({ ok: true });
  });
});

describe("bad input: a French message next to its field, never a 500, nothing written", () => {
  it("a reason or a comment of 0 or 5,000 characters", async () => {
    const team = await structureWithTeam(IDF);
    const live = await createOfferInState(db, team.structure.id, "PUBLISHED", { authorId: team.author.id });
    const before = await snapshotOfferTables();
    await as(adminIdf);
    for (const reason of ["", "   ", "x".repeat(5_000)]) {
      const result = await adminActions.unpublishOfferAction({ offerId: live.id, reason });
      expect(result).toMatchObject({ ok: false, code: "INVALID" });
      expect(result.ok === false && result.fieldErrors?.reason?.[0]).toBe(
        reason.length > 10 ? "2\u202f000 caractères maximum" : "Indiquez le motif de la dépublication",
      );
    }
    expect(await adminActions.unpublishOfferAction({ offerId: live.id } as never)).toMatchObject({
      ok: false,
      fieldErrors: { reason: ["Indiquez le motif de la dépublication"] },
    });
    for (const comment of ["", "x".repeat(5_000)]) {
      const result = await adminActions.sendBackLiveOfferAction({ offerId: live.id, comment, keepOnline: true });
      expect(result).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { comment: [expect.stringMatching(/corrigé|caractères maximum/)] } });
    }
    expect(await adminActions.unpublishOfferAction({ offerId: "abc" as never, reason: "Motif" })).toMatchObject({ ok: false, code: "INVALID" });
    expect(await snapshotOfferTables()).toEqual(before);
  });

  it("an unknown validation mode or a malformed contact address: refused next to the field, the settings unchanged", async () => {
    await as(adminIdf);
    const unknown = await updateRegionSettingsAction({ offerValidation: "PREFECTURE", contactEmail: "" } as never);
    expect(unknown).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { offerValidation: ["Choisissez qui valide les offres de la région"] } });
    const missing = await updateRegionSettingsAction({ contactEmail: "" } as never);
    expect(missing).toMatchObject({ ok: false, fieldErrors: { offerValidation: ["Choisissez qui valide les offres de la région"] } });
    const email = await updateRegionSettingsAction({ offerValidation: "ARS", contactEmail: "pas-une-adresse" });
    expect(email).toMatchObject({ ok: false, fieldErrors: { contactEmail: [expect.stringContaining("adresse email valide")] } });
    expect(await db.select().from(regionSettings).where(eq(regionSettings.regionCode, IDF))).toEqual([]);
  });
});

describe("« Paramètres de la région »", () => {
  it("saves the admin's own région (never another), logs who changed what, and the contact address reads back", async () => {
    const region = "27"; // Bourgogne-Franche-Comté
    const admin = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: region, firstName: "Inès", lastName: "Morel" });
    await as(admin);
    expect(await updateRegionSettingsAction({ offerValidation: "ARS", contactEmail: " Contact.ARS@Test.sses.fr ", regionCode: GRAND_EST } as never)).toEqual({
      ok: true,
      data: null,
    });
    const { getRegionSettings } = await import("@/lib/regions/settings");
    expect(await getRegionSettings(region)).toEqual({ regionCode: region, offerValidation: "ARS", contactEmail: "contact.ars@test.sses.fr" });
    expect((await getRegionSettings(GRAND_EST)).contactEmail).toBe("ars-grand-est@test.sses.fr");
    const row = one(await db.select().from(regionSettings).where(eq(regionSettings.regionCode, region)));
    expect(row.updatedById).toBe(admin.id);
    const activity = one(
      await db
        .select()
        .from(activityLog)
        .where(and(eq(activityLog.action, "region.settings_updated"), eq(activityLog.regionCode, region))),
    );
    expect(activity).toMatchObject({ actorId: admin.id, regionCode: region, subjectType: "region", subjectId: region });
    expect(activity.summary).toBe(
      "Inès Morel a modifié les paramètres de la région : validation des offres par l'ARS, adresse de contact contact.ars@test.sses.fr.",
    );
    // Clearing the address.
    await updateRegionSettingsAction({ offerValidation: "ARS", contactEmail: "" });
    expect((await getRegionSettings(region)).contactEmail).toBeNull();
  });
});

describe("the daily digest of offers waiting for the ARS", () => {
  it("reminds each admin of the région, once a day, of what waits for the ARS for more than a day (and the VALIDEURs never of it)", async () => {
    await db.delete(outbox);
    const team = await structureWithTeam(GRAND_EST);
    const old = await createOfferInState(db, team.structure.id, "PENDING", {
      ...team.place,
      name: "Vieille demande",
      validationMode: "ARS",
      submittedAt: new Date(Date.parse(NOW) - 3 * 86_400_000),
    });
    const now = new Date(NOW);
    const report = await queueDailyDigests(now);
    expect(report.adminOfferDigests).toBeGreaterThanOrEqual(2);
    const digest = one(await findEmails({ to: adminGrandEst.email, template: "admin-offer-digest" }));
    expect(digest.text).toContain(`Offre n° ${old.id} « Vieille demande » (${team.structure.name})`);
    expect(await findEmails({ to: adminIdf.email, template: "admin-offer-digest" })).toEqual([]);
    expect(await findEmails({ to: team.validator.email, template: "validator-digest" })).toEqual([]);
    expect((await queueDailyDigests(now)).adminOfferDigests).toBe(0);
  });
});
