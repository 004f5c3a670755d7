import { and, asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { offerAttachments, offerRevisions, offers, offerStatusHistory, outbox, type User } from "@/db/schema";
import { getPublicOffer } from "@/lib/offers/catalogue/queries";
import { recomputeOfferStates } from "@/lib/core/cron/recompute-offer-states";
import { createOfferInState, createStructure, createUser, PDF_BYTES, referenceId } from "@/test/factories";
import { NOW, TODAY } from "@/test/fixtures/offers";
import { actAs } from "@/test/session";
import { one } from "@/lib/core/rows";

const cache = vi.hoisted(() => ({ expired: [] as (number | undefined)[] }));
vi.mock("@/lib/offers/catalogue/cache", () => ({ expireOfferCache: (id?: number) => cache.expired.push(id), expireOfferCacheFromJob: () => {} }));
vi.stubEnv("SSES_NOW", NOW);

const a = await import("./actions");

let manager: User;
let validator: User;
let structureId: string;
const as = (user: User) => actAs(user.id);

async function emailsTo(user: User, template: string) {
  return db
    .select()
    .from(outbox)
    .where(and(eq(outbox.toEmail, user.email), eq(outbox.template, template)))
    .orderBy(asc(outbox.id));
}

async function history(offerId: number) {
  const rows = await db.select().from(offerStatusHistory).where(eq(offerStatusHistory.offerId, offerId)).orderBy(asc(offerStatusHistory.id));
  return rows.map((row) => [row.action, row.fromState, row.toState]);
}

async function completeDescription() {
  return {
    name: "Prévention du tabagisme au lycée",
    description: "Des ateliers avec les élèves de seconde sur les idées reçues autour du tabac et de la cigarette électronique.",
    themeIds: [String(await referenceId(db, "THEME", "Addictions (tabac, alcool, cannabis, écrans)"))],
    targetPublicIds: [String(await referenceId(db, "TARGET_PUBLIC", "Lycéens"))],
    places: "6",
    hostSiteName: "Lycée Paul Éluard",
    street: "15 avenue Jean Moulin",
    postalCode: "93200",
    communeCode: "93066",
    fieldTypeId: String(await referenceId(db, "FIELD_TYPE", "Établissement scolaire")),
    applicationEmail: "infirmerie@lycee-eluard.fr",
    referentName: "Nadia Benali",
    referentPhone: "01 48 13 00 00",
  };
}

beforeAll(async () => {
  structureId = (await createStructure(db)).id;
  manager = await createUser(db, { structureId, permissions: ["GESTIONNAIRE"], firstName: "Inès", lastName: "Garnier" });
  validator = await createUser(db, { structureId, permissions: ["VALIDEUR"], firstName: "Marc", lastName: "Petit" });
});

describe("the life of an offer through the actions", () => {
  it("draft → asked validation → sent back → corrected → validated → published by date → expired", async () => {
    await as(manager);
    const created = await a.createOfferAction({ values: { name: "Prévention du tabagisme" } });
    expect(created.ok).toBe(true);
    const offerId = created.ok ? created.data.offerId : 0;

    // Asking validation of an incomplete draft says which steps miss what, and changes nothing.
    const early = await a.submitOfferAction({ offerId });
    expect(early).toMatchObject({ ok: false, code: "INVALID" });
    expect(!early.ok && early.message).toContain("Étape 1 « Description »");
    expect(!early.ok && early.message).toContain("Étape 4 « Publication » : Date de début de publication, Date de fin de publication.");
    expect(!early.ok && early.fieldErrors?.places).toEqual(["Ce champ est obligatoire"]);
    // What students need: the referent, the period, and when they are received.
    expect(!early.ok && early.message).toContain("Référent de l'offre (nom et prénom)");
    expect(!early.ok && early.message).toContain(
      "Étape 2 « Modalités » : Début de période, Fin de période, Plage d'accueil (au moins une demi-journée) ou Modalités de prise en charge.",
    );
    expect(!early.ok && early.fieldErrors).toMatchObject({ referentName: ["Ce champ est obligatoire"], periodStart: ["Ce champ est obligatoire"] });

    expect(await a.saveOfferStepAction({ offerId, step: "description", values: await completeDescription() })).toMatchObject({ ok: true });
    expect(
      await a.saveOfferStepAction({
        offerId,
        step: "modalities",
        values: { periodKind: "SPLIT", periodStart: "2026-09-01", periodEnd: "2026-12-18", weeklySlots: ["1-am", "4-pm"] },
      }),
    ).toMatchObject({ ok: true });
    expect(
      await a.saveOfferStepAction({ offerId, step: "publication", values: { publicationStart: "2026-06-01", publicationEnd: "2026-07-31" } }),
    ).toMatchObject({ ok: true });
    const [saved] = await db.select().from(offers).where(eq(offers.id, offerId));
    // The server fixed the commune's département and région from the official list.
    expect(saved).toMatchObject({
      communeName: "Saint-Denis",
      departmentCode: "93",
      regionCode: "11",
      referentPhone: "+33148130000",
      state: "DRAFT",
      authorId: manager.id,
    });

    expect(await a.submitOfferAction({ offerId })).toMatchObject({ ok: true, data: { state: "PENDING" } });
    expect(await emailsTo(validator, "offer-to-validate")).toHaveLength(1);
    expect(await emailsTo(manager, "offer-to-validate")).toHaveLength(0);

    await as(validator);
    expect(await a.sendBackOfferAction({ offerId, comment: "Précisez le nombre de séances." })).toMatchObject({ ok: true, data: { state: "DRAFT" } });
    const sentBack = one(await emailsTo(manager, "offer-sent-back"));
    expect(sentBack.text).toContain("Précisez le nombre de séances.");
    expect(sentBack.text).toContain("Marc Petit");

    await as(manager);
    expect(
      await a.saveOfferStepAction({ offerId, step: "complements", values: { requiredDocuments: "CV\nLettre de motivation", offersMeals: true } }),
    ).toMatchObject({ ok: true });
    expect(await a.submitOfferAction({ offerId })).toMatchObject({ ok: true });

    await as(validator);
    expect(await a.validateOfferAction({ offerId })).toMatchObject({ ok: true, data: { state: "VALIDATED" } });
    const validated = one(await emailsTo(manager, "offer-validated"));
    expect(validated.text).toContain("Validée");
    expect(await getPublicOffer(offerId, TODAY)).toBeNull();

    await recomputeOfferStates(db, "2026-06-01");
    expect(await getPublicOffer(offerId, "2026-06-01")).not.toBeNull();
    await recomputeOfferStates(db, "2026-08-01");
    expect(await getPublicOffer(offerId, "2026-08-01")).toBeNull();

    expect(await history(offerId)).toEqual([
      ["create", null, "DRAFT"],
      ["submit", "DRAFT", "PENDING"],
      ["send_back", "PENDING", "DRAFT"],
      ["submit", "DRAFT", "PENDING"],
      ["validate", "PENDING", "VALIDATED"],
      ["publish", "VALIDATED", "PUBLISHED"],
      ["expire", "PUBLISHED", "EXPIRED"],
    ]);
    const comment = one(
      await db
        .select({ comment: offerStatusHistory.comment })
        .from(offerStatusHistory)
        .where(and(eq(offerStatusHistory.offerId, offerId), eq(offerStatusHistory.action, "send_back"))),
    );
    expect(comment.comment).toBe("Précisez le nombre de séances.");
  });

  it("a VALIDEUR validates a draft directly; a start already passed publishes at once", async () => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id, publicationStart: TODAY });
    await as(validator);
    cache.expired = [];
    expect(await a.validateOfferAction({ offerId: offer.id })).toMatchObject({ ok: true, data: { state: "PUBLISHED" } });
    expect(cache.expired).toContain(offer.id);
    expect(await getPublicOffer(offer.id, TODAY)).not.toBeNull();
  });
});

describe("revisions of a published offer", () => {
  it("stay invisible until validated, then replace the published content (version + 1)", async () => {
    const offer = await createOfferInState(db, structureId, "PUBLISHED", { authorId: manager.id, name: "Atelier sommeil" });
    await as(manager);
    const values = { ...(await completeDescription()), name: "Atelier sommeil et écrans" };
    expect(await a.saveOfferStepAction({ offerId: offer.id, step: "description", values })).toMatchObject({ ok: true, data: { mode: "revision" } });
    const file = new File([PDF_BYTES], "programme.pdf", { type: "application/pdf" });
    expect(await a.uploadOfferAttachmentAction({ offerId: offer.id, file })).toMatchObject({ ok: true });

    // The public and the offers row keep the published version.
    expect((await getPublicOffer(offer.id, TODAY))?.name).toBe("Atelier sommeil");
    expect((await getPublicOffer(offer.id, TODAY))?.attachments).toEqual([]);
    expect(await db.select().from(offerAttachments).where(eq(offerAttachments.offerId, offer.id))).toEqual([]);
    // Dates are not part of a revision.
    expect(
      await a.saveOfferStepAction({ offerId: offer.id, step: "publication", values: { publicationStart: "2026-06-01", publicationEnd: "2026-09-01" } }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });

    expect(await a.submitOfferAction({ offerId: offer.id })).toMatchObject({ ok: true, data: { state: "PUBLISHED" } });
    const revision = one(await db.select().from(offerRevisions).where(eq(offerRevisions.offerId, offer.id)));
    expect(revision.state).toBe("PENDING");

    await as(validator);
    expect(await a.sendBackOfferAction({ offerId: offer.id, comment: "Le titre est trop long." })).toMatchObject({ ok: true });
    expect((await emailsTo(manager, "offer-sent-back")).at(-1)?.text).toContain("Le titre est trop long.");
    await as(manager);
    expect(await a.saveOfferStepAction({ offerId: offer.id, step: "description", values: { ...values, name: "Sommeil et écrans" } })).toMatchObject({
      ok: true,
    });
    expect(await a.submitOfferAction({ offerId: offer.id })).toMatchObject({ ok: true });
    expect((await getPublicOffer(offer.id, TODAY))?.name).toBe("Atelier sommeil");

    await as(validator);
    cache.expired = [];
    expect(await a.validateOfferAction({ offerId: offer.id })).toMatchObject({ ok: true, data: { state: "PUBLISHED" } });
    expect(cache.expired).toContain(offer.id);
    const shown = await getPublicOffer(offer.id, TODAY);
    expect(shown?.name).toBe("Sommeil et écrans");
    expect(shown?.attachments.map((f) => f.name)).toEqual(["programme.pdf"]);
    expect(shown?.version).toBe(offer.version + 1);
    expect(await history(offer.id)).toEqual([
      ["submit_revision", "PUBLISHED", "PUBLISHED"],
      ["send_back_revision", "PUBLISHED", "PUBLISHED"],
      ["submit_revision", "PUBLISHED", "PUBLISHED"],
      ["validate_revision", "PUBLISHED", "PUBLISHED"],
    ]);
  });

  it("can be abandoned: the published version stays", async () => {
    const offer = await createOfferInState(db, structureId, "VALIDATED", { authorId: manager.id, name: "Gestes qui sauvent" });
    await as(manager);
    await a.saveOfferStepAction({ offerId: offer.id, step: "complements", values: { offersHousing: true } });
    expect(await a.discardRevisionAction({ offerId: offer.id })).toMatchObject({ ok: true });
    const row = one(await db.select().from(offers).where(eq(offers.id, offer.id)));
    expect(row.offersHousing).toBe(false);
    expect(await a.discardRevisionAction({ offerId: offer.id })).toMatchObject({ ok: false, code: "CONFLICT" });
  });
});

describe("publication: stop, extend, renew, duplicate, delete", () => {
  it("stop hides the offer at once and deletes nothing", async () => {
    const offer = await createOfferInState(db, structureId, "PUBLISHED", { authorId: manager.id });
    await as(manager);
    cache.expired = [];
    expect(await a.stopPublicationAction({ offerId: offer.id })).toMatchObject({ ok: true, data: { state: "EXPIRED" } });
    expect(cache.expired).toContain(offer.id);
    expect(await getPublicOffer(offer.id, TODAY)).toBeNull();
    const [row] = await db.select().from(offers).where(eq(offers.id, offer.id));
    expect(row).toMatchObject({ state: "EXPIRED", deletedAt: null, name: offer.name, publicationEnd: offer.publicationEnd });
  });

  it("extend needs a later end date", async () => {
    const offer = await createOfferInState(db, structureId, "PUBLISHED", { authorId: manager.id, publicationEnd: "2026-06-30" });
    await as(manager);
    expect(await a.extendPublicationAction({ offerId: offer.id, publicationEnd: "2026-06-01" })).toMatchObject({
      ok: false,
      fieldErrors: { publicationEnd: ["La nouvelle date de fin doit être postérieure à la date de fin actuelle"] },
    });
    expect(await a.extendPublicationAction({ offerId: offer.id, publicationEnd: "2026-09-30" })).toMatchObject({ ok: true, data: { state: "PUBLISHED" } });
    const row = one(await db.select().from(offers).where(eq(offers.id, offer.id)));
    expect(row.publicationEnd).toBe("2026-09-30");
  });

  it("renew: waits for validation when a GESTIONNAIRE renews, published at once by a VALIDEUR", async () => {
    const byManager = await createOfferInState(db, structureId, "EXPIRED", { authorId: manager.id });
    const byValidator = await createOfferInState(db, structureId, "EXPIRED", { authorId: manager.id });
    await as(manager);
    expect(await a.renewPublicationAction({ offerId: byManager.id, publicationStart: "2026-05-10", publicationEnd: "2026-08-31" })).toMatchObject({
      ok: false,
      fieldErrors: { publicationStart: ["La date de début de publication ne peut pas être antérieure à la date du jour"] },
    });
    const before = (await emailsTo(validator, "offer-to-validate")).length;
    expect(await a.renewPublicationAction({ offerId: byManager.id, publicationStart: TODAY, publicationEnd: "2026-08-31" })).toMatchObject({
      ok: true,
      data: { state: "PENDING" },
    });
    expect(await emailsTo(validator, "offer-to-validate")).toHaveLength(before + 1);
    await as(validator);
    expect(await a.renewPublicationAction({ offerId: byValidator.id, publicationStart: TODAY, publicationEnd: "2026-08-31" })).toMatchObject({
      ok: true,
      data: { state: "PUBLISHED" },
    });
    expect(await getPublicOffer(byValidator.id, TODAY)).not.toBeNull();
  });

  it("duplicate makes a new draft without dates; delete is soft", async () => {
    const offer = await createOfferInState(db, structureId, "PUBLISHED", { authorId: validator.id, name: "Alimentation des tout-petits" });
    await as(manager);
    const copy = await a.duplicateOfferAction({ offerId: offer.id });
    expect(copy.ok).toBe(true);
    const copyId = copy.ok ? copy.data.offerId : 0;
    const [row] = await db.select().from(offers).where(eq(offers.id, copyId));
    expect(row).toMatchObject({
      name: "Copie de Alimentation des tout-petits",
      state: "DRAFT",
      publicationStart: null,
      publicationEnd: null,
      authorId: manager.id,
      places: offer.places,
    });

    expect(await a.deleteOfferAction({ offerId: offer.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await a.deleteOfferAction({ offerId: copyId })).toMatchObject({ ok: true });
    const deleted = one(await db.select().from(offers).where(eq(offers.id, copyId)));
    expect(deleted.deletedAt).not.toBeNull();
    expect(deleted.deletedById).toBe(manager.id);
    // Gone for every action now.
    expect(await a.saveOfferStepAction({ offerId: copyId, step: "complements", values: {} })).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("two validations at once: one wins, the other is told the offer changed", async () => {
    const offer = await createOfferInState(db, structureId, "PENDING", { authorId: manager.id });
    await as(validator);
    const results = await Promise.all([a.validateOfferAction({ offerId: offer.id }), a.validateOfferAction({ offerId: offer.id })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await history(offer.id)).filter(([action]) => action === "validate")).toHaveLength(1);
  });
});
