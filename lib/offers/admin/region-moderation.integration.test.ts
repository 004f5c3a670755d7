import { eq } from "drizzle-orm";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { offerRevisions, type User } from "@/db/schema";
import { getPublicOffer } from "@/lib/offers/catalogue/queries";
import { createOfferInState, createRevision, createUser } from "@/test/factories";
import { NOW, snapshotOfferTables, TODAY } from "@/test/fixtures/offers";
import { as, createRegionAdmins, GRAND_EST, history, IDF, offerRow, structureWithTeam } from "@/test/fixtures/regions";
import { findEmails } from "@/test/mailbox";
import { listOffersToValidate } from "./queue";
import { one } from "@/lib/core/rows";

const cache = vi.hoisted(() => ({ expired: [] as (number | undefined)[] }));
vi.mock("@/lib/offers/catalogue/cache", () => ({ expireOfferCache: (id?: number) => cache.expired.push(id), expireOfferCacheFromJob: () => {} }));
vi.stubEnv("SSES_NOW", NOW);

const adminActions = await import("./actions");
const offerActions = await import("@/lib/offers/actions");

/**
 * docs/produit.md#moderation-dune-offre, against the real database: the ARS moderates one live offer
 * in every région (« Dépublier », « Renvoyer pour correction »), and what it took down comes back only
 * through its validation. The validation « par l'ARS » itself: region-validation.integration.test.ts.
 */
let adminIdf: User;
let adminGrandEst: User;

beforeAll(async () => {
  ({ adminIdf, adminGrandEst } = await createRegionAdmins());
});

beforeEach(() => {
  cache.expired = [];
});

describe("« Dépublier » and « Renvoyer pour correction » a live offer, in every région", () => {
  it("Dépublier (Île-de-France, where the structures validate): Caduque, the reason in the history and to the GESTIONNAIREs and VALIDEURs, off the catalogue at once", async () => {
    const team = await structureWithTeam(IDF);
    const live = await createOfferInState(db, team.structure.id, "PUBLISHED", { authorId: team.author.id, name: "Gestes qui sauvent" });
    expect(await getPublicOffer(live.id, TODAY)).not.toBeNull();
    const reason = "La description cite le nom d'un élève.";

    await as(adminIdf);
    expect(await adminActions.unpublishOfferAction({ offerId: live.id, reason })).toEqual({ ok: true, data: { state: "EXPIRED" } });
    expect(await offerRow(live.id)).toMatchObject({ state: "EXPIRED" });
    expect(await history(live.id)).toEqual([["unpublish", "PUBLISHED", "EXPIRED", adminIdf.id, reason]]);
    expect(cache.expired).toContain(live.id);
    expect(await getPublicOffer(live.id, TODAY)).toBeNull();
    for (const recipient of [team.author, team.validator]) {
      const email = one(await findEmails({ to: recipient.email, template: "offer-unpublished" }));
      expect(email.subject).toBe(`Offre n° ${live.id} dépubliée par l'ARS`);
      expect(email.text).toContain(reason);
    }
    for (const bystander of [team.reader, team.admin]) expect(await findEmails({ to: bystander.email })).toEqual([]);
  });

  it("Dépublier gives the région's contact address when it has one", async () => {
    const team = await structureWithTeam(GRAND_EST);
    const live = await createOfferInState(db, team.structure.id, "VALIDATED", { ...team.place, authorId: team.author.id });
    await as(adminGrandEst);
    expect(await adminActions.unpublishOfferAction({ offerId: live.id, reason: "Doublon." })).toMatchObject({ ok: true });
    const email = one(await findEmails({ to: team.author.email, template: "offer-unpublished" }));
    expect(email.text).toContain("ars-grand-est@test.sses.fr");
  });

  it("Renvoyer pour correction without « laisser en ligne »: off the catalogue, a draft again, holding the modification in progress", async () => {
    const team = await structureWithTeam(IDF);
    const live = await createOfferInState(db, team.structure.id, "PUBLISHED", { authorId: team.author.id, name: "Nutrition" });
    const revision = await createRevision(db, live, { authorId: team.author.id, state: "PENDING", content: { name: "Nutrition et sport" } });

    await as(adminIdf);
    expect(await adminActions.sendBackLiveOfferAction({ offerId: live.id, comment: "Retirez le numéro personnel.", keepOnline: false })).toEqual({
      ok: true,
      data: { state: "DRAFT" },
    });
    expect(await offerRow(live.id)).toMatchObject({ state: "DRAFT", name: "Nutrition et sport" });
    const closed = one(await db.select().from(offerRevisions).where(eq(offerRevisions.id, revision.id)));
    expect(closed.state).toBe("DISCARDED");
    expect(await getPublicOffer(live.id, TODAY)).toBeNull();
    expect((await history(live.id)).at(-1)).toEqual(["recall", "PUBLISHED", "DRAFT", adminIdf.id, "Retirez le numéro personnel."]);
    const email = one(await findEmails({ to: team.validator.email, template: "offer-correction-requested" }));
    expect(email.text).toContain("retirée du catalogue public");
  });

  it("Renvoyer pour correction with « laisser en ligne »: still public, a modification sent back with the comment for the structure to correct", async () => {
    const team = await structureWithTeam(IDF);
    const live = await createOfferInState(db, team.structure.id, "PUBLISHED", { authorId: team.author.id, name: "Hygiène des mains" });

    await as(adminIdf);
    expect(await adminActions.sendBackLiveOfferAction({ offerId: live.id, comment: "Précisez les horaires.", keepOnline: "on" })).toEqual({
      ok: true,
      data: { state: "PUBLISHED" },
    });
    expect(await getPublicOffer(live.id, TODAY)).not.toBeNull();
    const revisions = await db.select().from(offerRevisions).where(eq(offerRevisions.offerId, live.id));
    expect(revisions).toEqual([expect.objectContaining({ state: "SENT_BACK", comment: "Précisez les horaires.", authorId: team.author.id })]);
    expect((await history(live.id)).at(-1)).toEqual(["request_correction", "PUBLISHED", "PUBLISHED", adminIdf.id, "Précisez les horaires."]);
    const email = one(await findEmails({ to: team.author.email, template: "offer-correction-requested" }));
    expect(email.text).toContain("L'offre reste en ligne");

    // The structure corrects and sends it: the correction goes to the ARS, even in Île-de-France; its VALIDEUR cannot validate it.
    await as(team.author);
    expect(await offerActions.saveOfferStepAction({ offerId: live.id, step: "complements", values: { offersMeals: true } })).toMatchObject({ ok: true });
    expect(await offerActions.submitOfferAction({ offerId: live.id })).toMatchObject({ ok: true });
    expect((await listOffersToValidate(IDF)).find((row) => row.offerId === live.id)).toMatchObject({ kind: "revision" });
    await as(team.validator);
    expect(await offerActions.validateOfferAction({ offerId: live.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(adminIdf);
    expect(await adminActions.validateRegionOfferAction({ offerId: live.id })).toMatchObject({ ok: true });
    expect(await offerRow(live.id)).toMatchObject({ state: "PUBLISHED", offersMeals: true, arsModeratedAt: null });
  });
});

describe("an offer the ARS took down comes back only through the ARS's validation, whoever validates in the région", () => {
  it("unpublished in Île-de-France: its VALIDEUR's « Renouveler » goes to the ARS queue (not published), the VALIDEUR cannot validate it; the ARS's validation gives it back to its structure", async () => {
    const team = await structureWithTeam(IDF);
    const live = await createOfferInState(db, team.structure.id, "PUBLISHED", { authorId: team.author.id, name: "Alcool et soirées" });
    const both = await createUser(db, { structureId: team.structure.id, permissions: ["GESTIONNAIRE", "VALIDEUR"] });
    await as(adminIdf);
    expect(await adminActions.unpublishOfferAction({ offerId: live.id, reason: "Contenu publicitaire." })).toMatchObject({ ok: true });
    expect((await offerRow(live.id)).arsModeratedAt).not.toBeNull();

    // The forbidden path: a VALIDEUR renewing it straight to the catalogue. It waits for the ARS instead.
    await as(both);
    expect(await offerActions.renewPublicationAction({ offerId: live.id, publicationStart: TODAY, publicationEnd: "2026-08-31" })).toEqual({
      ok: true,
      data: { state: "PENDING" },
    });
    expect(await offerRow(live.id)).toMatchObject({ state: "PENDING", validationMode: "ARS" });
    expect(await getPublicOffer(live.id, TODAY)).toBeNull();
    expect((await listOffersToValidate(IDF)).find((row) => row.offerId === live.id)).toMatchObject({ kind: "offer" });
    expect(await findEmails({ to: adminIdf.email, template: "region-offer-to-validate" })).toContainEqual(
      expect.objectContaining({ subject: `Offre n° ${live.id} à valider` }),
    );
    const before = await snapshotOfferTables();
    for (const validator of [both, team.validator]) {
      await as(validator);
      expect(await offerActions.validateOfferAction({ offerId: live.id })).toEqual({
        ok: false,
        code: "FORBIDDEN",
        message: "Cette offre est validée par l'ARS, pas par les valideurs de la structure.",
      });
    }
    expect(await snapshotOfferTables()).toEqual(before);

    await as(adminIdf);
    expect(await adminActions.validateRegionOfferAction({ offerId: live.id })).toEqual({ ok: true, data: { state: "PUBLISHED" } });
    expect(await offerRow(live.id)).toMatchObject({ arsModeratedAt: null });
    // Back under the région's rule: the structure's VALIDEUR manages it again.
    await as(both);
    expect(await offerActions.stopPublicationAction({ offerId: live.id })).toMatchObject({ ok: true });
    expect(await offerActions.renewPublicationAction({ offerId: live.id, publicationStart: TODAY, publicationEnd: "2026-09-30" })).toEqual({
      ok: true,
      data: { state: "PUBLISHED" },
    });
  });

  it("sent back off the catalogue in Île-de-France: the VALIDEUR cannot « Valider » the draft, « Demander la validation » goes to the ARS", async () => {
    const team = await structureWithTeam(IDF);
    const live = await createOfferInState(db, team.structure.id, "VALIDATED", { authorId: team.author.id });
    await as(adminIdf);
    expect(await adminActions.sendBackLiveOfferAction({ offerId: live.id, comment: "Précisez le public.", keepOnline: false })).toMatchObject({
      ok: true,
      data: { state: "DRAFT" },
    });
    await as(team.validator);
    expect(await offerActions.validateOfferAction({ offerId: live.id })).toMatchObject({ ok: false, code: "FORBIDDEN" });
    await as(team.author);
    expect(await offerActions.submitOfferAction({ offerId: live.id })).toEqual({ ok: true, data: { state: "PENDING" } });
    expect(await offerRow(live.id)).toMatchObject({ validationMode: "ARS" });
    expect(await findEmails({ to: team.validator.email, template: "offer-to-validate" })).toEqual([]);
  });
});
