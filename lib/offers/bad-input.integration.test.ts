import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { offers, type User } from "@/db/schema";
import { maxLengthMessage } from "@/lib/core/validation/common";
import { attachFile, createOfferInState, createStructure, createUser, PDF_BYTES, referenceId } from "@/test/factories";
import { NOW, snapshotOfferTables } from "@/test/fixtures/offers";
import { actAs } from "@/test/session";
import { TOO_MANY_ATTACHMENTS } from "./attachments";
import { COMMUNE_MESSAGE, PLACES_MESSAGE, PUBLICATION_ORDER_MESSAGE, PUBLICATION_PAST_MESSAGE } from "./schemas";

vi.stubEnv("SSES_NOW", NOW);

const a = await import("./actions");

let manager: User;
let structureId: string;

beforeAll(async () => {
  structureId = (await createStructure(db)).id;
  manager = await createUser(db, { structureId, permissions: ["GESTIONNAIRE", "VALIDEUR"] });
  await actAs(manager.id);
});

/** Runs an action that must be refused, and checks that nothing was written. */
async function refused(run: () => Promise<{ ok: boolean }>) {
  const before = await snapshotOfferTables();
  const result = await run();
  expect(result.ok, JSON.stringify(result)).toBe(false);
  expect(await snapshotOfferTables()).toEqual(before);
  return result as { ok: false; code?: string; message?: string; fieldErrors?: Record<string, string[]> };
}

describe("forged ids, states and structures", () => {
  it("a state or structureId in the payload is ignored", async () => {
    const other = await createStructure(db);
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id });
    const result = await a.saveOfferStepAction({
      offerId: offer.id,
      step: "complements",
      values: { offersMeals: true, state: "PUBLISHED", structureId: other.id, id: 1 },
      state: "PUBLISHED",
      structureId: other.id,
    } as never);
    expect(result.ok).toBe(true);
    const [row] = await db.select().from(offers).where(eq(offers.id, offer.id));
    expect(row).toMatchObject({ state: "DRAFT", structureId, offersMeals: true });
  });

  it.each([[0], [-5], [99_999_999_999], ["1042 or 1=1"], ["../1"], [null]])("offer id %s is refused", async (offerId) => {
    const result = await refused(() => a.submitOfferAction({ offerId } as never));
    expect(["INVALID", "NOT_FOUND"]).toContain(result.code);
  });

  it("an offer of another structure is not found, whatever the action", async () => {
    const foreign = await createOfferInState(db, (await createStructure(db)).id, "PENDING");
    for (const run of [
      () => a.validateOfferAction({ offerId: foreign.id }),
      () => a.saveOfferStepAction({ offerId: foreign.id, step: "complements", values: {} }),
      () => a.deleteOfferAction({ offerId: foreign.id }),
      () => a.duplicateOfferAction({ offerId: foreign.id }),
    ]) {
      expect(await refused(run)).toMatchObject({ code: "NOT_FOUND", message: "Cette offre n'existe pas ou vous n'y avez pas accès." });
    }
  });

  it("a reference id of the wrong list and a commune that does not match its postal code are refused", async () => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id });
    const publicId = await referenceId(db, "TARGET_PUBLIC", "Lycéens");
    const result = await refused(() =>
      a.saveOfferStepAction({ offerId: offer.id, step: "description", values: { name: "x", themeIds: [publicId], postalCode: "75001", communeCode: "93066" } }),
    );
    expect(result.fieldErrors).toEqual({ themeIds: ["Choisissez les thématiques dans la liste proposée"], communeCode: [COMMUNE_MESSAGE] });
  });
});

describe("values out of range: French messages next to the fields, nothing stored", () => {
  it.each([[0], [10_000], ["beaucoup"]])("%s places", async (places) => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id });
    const result = await refused(() => a.saveOfferStepAction({ offerId: offer.id, step: "description", values: { name: "x", places } as never }));
    expect(result.fieldErrors).toEqual({ "values.places": [PLACES_MESSAGE] });
  });

  it("a 100 kB description", async () => {
    const result = await refused(() => a.createOfferAction({ values: { name: "Offre", description: "é".repeat(100_000) } }));
    expect(result.fieldErrors).toEqual({ "values.description": [maxLengthMessage(1000)] });
  });

  it("publication dates out of order, or starting in the past", async () => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id, publicationStart: null, publicationEnd: null });
    const order = await refused(() =>
      a.saveOfferStepAction({ offerId: offer.id, step: "publication", values: { publicationStart: "2026-07-01", publicationEnd: "2026-06-01" } }),
    );
    expect(order.fieldErrors).toEqual({ "values.publicationEnd": [PUBLICATION_ORDER_MESSAGE] });
    const past = await refused(() =>
      a.saveOfferStepAction({ offerId: offer.id, step: "publication", values: { publicationStart: "2026-05-14", publicationEnd: "2026-06-01" } }),
    );
    expect(past.fieldErrors).toEqual({ publicationStart: [PUBLICATION_PAST_MESSAGE] });
    const notADate = await refused(() =>
      a.saveOfferStepAction({ offerId: offer.id, step: "publication", values: { publicationStart: "31/05/2026", publicationEnd: "2026-02-30" } }),
    );
    expect(notADate.fieldErrors).toEqual({ "values.publicationStart": ["Saisissez une date valide"], "values.publicationEnd": ["Saisissez une date valide"] });
  });

  it("a period ending before it starts", async () => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id });
    const result = await refused(() =>
      a.saveOfferStepAction({ offerId: offer.id, step: "modalities", values: { periodStart: "2026-10-01", periodEnd: "2026-09-01" } }),
    );
    expect(Object.keys(result.fieldErrors ?? {})).toEqual(["values.periodEnd"]);
  });

  it("asking validation with a start date that has passed since it was saved", async () => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id, publicationStart: "2026-05-01" });
    const result = await refused(() => a.submitOfferAction({ offerId: offer.id }));
    expect(result.message).toContain("Date de début de publication (passée)");
    expect(result.fieldErrors).toEqual({ publicationStart: [PUBLICATION_PAST_MESSAGE] });
  });
});

describe("attachments judged by their content", () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
  const cases: [keyof typeof names, Uint8Array, string][] = [
    ["an image named .pdf", PNG, "Le fichier « programme.pdf » ne correspond pas à son extension"],
    ["a web page named .txt", new TextEncoder().encode("<!doctype html><script>alert(1)</script>"), "n'est pas accepté"],
    ["a program named .exe", Uint8Array.from([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0]), "n'est pas accepté"],
    ["an empty file", new Uint8Array(), "est vide"],
  ];
  const names = {
    "an image named .pdf": "programme.pdf",
    "a web page named .txt": "notes.txt",
    "a program named .exe": "setup.exe",
    "an empty file": "vide.pdf",
  };

  it.each(cases)("%s", async (label, bytes, message) => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id });
    const file = new File([Buffer.from(bytes)], names[label], { type: "application/pdf" });
    const result = await refused(() => a.uploadOfferAttachmentAction({ offerId: offer.id, file }));
    expect(result.fieldErrors?.file?.[0]).toContain(message);
  });

  it("more than 10 MB", async () => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id });
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF_BYTES);
    const result = await refused(() => a.uploadOfferAttachmentAction({ offerId: offer.id, file: new File([big], "gros.pdf") }));
    expect(result.fieldErrors?.file).toEqual(["Le fichier « gros.pdf » ne doit pas dépasser 10 Mo"]);
  });

  it("a sixth document", async () => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id });
    for (let i = 0; i < 5; i++) await attachFile(db, offer.id);
    const result = await refused(() => a.uploadOfferAttachmentAction({ offerId: offer.id, file: new File([PDF_BYTES], "sixieme.pdf") }));
    expect(result.fieldErrors?.file).toEqual([TOO_MANY_ATTACHMENTS]);
  });
});
