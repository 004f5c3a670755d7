import { createHash } from "node:crypto";
import { count, eq } from "drizzle-orm";
import { NextRequest } from "next/server";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { files, offerAttachments, supportRequests, users, type User } from "@/db/schema";
import { ATTACHMENT_MAX_BYTES } from "@/lib/core/validation/files";
import { UPLOAD_GONE_MESSAGE } from "@/lib/core/validation/uploaded-files";
import { createOfferInState, createStructure, createUser, PDF_BYTES } from "@/test/factories";
import { supportRequestForm } from "@/test/fixtures/support";
import { actAs, setSession } from "@/test/session";

// The socket's address, as instrumentation.ts stamps it on every request (the public form's limit counts by it).
const address = vi.hoisted(() => ({ current: "203.0.113.1" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sses-socket-address": address.current }) }));

const { POST } = await import("./route");
const help = await import("@/lib/help/actions");
const offerActions = await import("@/lib/offers/actions");

type Answer = { status: number; body: { fileId?: string; token?: string; name?: string; size?: number; message?: string } };

async function send(purpose: string, file: File | null, init: { body?: BodyInit; headers?: HeadersInit } = {}): Promise<Answer> {
  let body = init.body;
  if (body === undefined) {
    const form = new FormData();
    if (file) form.append("file", file);
    body = form;
  }
  const response = await POST(new NextRequest(`http://localhost/api/fichiers?pour=${purpose}`, { method: "POST", body, headers: init.headers }));
  return { status: response.status, body: await response.json() };
}

const pdf = (name = "capture.pdf", bytes: Uint8Array = PDF_BYTES) => new File([new Uint8Array(bytes)], name, { type: "application/pdf" });
/** A PDF of `size` bytes: its header, blank padding, its end marker. */
function bigPdf(size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(new TextEncoder().encode("%PDF-1.4\n"));
  bytes.set(new TextEncoder().encode("%%EOF"), size - 6);
  return bytes;
}
const fileCount = async () => one(await db.select({ n: count() }).from(files)).n;
const one = <T>(rows: T[]) => rows[0]!;

const supportForm = (uploaded: string[]) => supportRequestForm({}, [], uploaded);

beforeEach(() => {
  address.current = `203.0.113.${Math.floor(Math.random() * 250) + 1}`;
  setSession(null);
});

describe("POST /api/fichiers?pour=assistance (the public « Formulaire d'assistance »)", () => {
  it("stores a file streamed, answers its id and a token, and the form attaches it once", async () => {
    const bytes = bigPdf(ATTACHMENT_MAX_BYTES);
    const answer = await send("assistance", pdf("grande capture.pdf", bytes));
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ name: "grande capture.pdf", size: ATTACHMENT_MAX_BYTES });
    const stored = one(await db.select().from(files).where(eq(files.id, answer.body.fileId!)));
    expect(stored).toMatchObject({ mimeType: "application/pdf", size: ATTACHMENT_MAX_BYTES, uploadedById: null, claimPurpose: "assistance" });
    expect(stored.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
    expect(Buffer.compare(stored.content, Buffer.from(bytes))).toBe(0);
    expect(stored.claimTokenHash).not.toContain(answer.body.token);

    const ref = `${answer.body.fileId}:${answer.body.token}`;
    const sent = await help.submitSupportRequestAction(supportForm([ref]));
    expect(sent.ok).toBe(true);
    const request = one(
      await db
        .select()
        .from(supportRequests)
        .where(eq(supportRequests.id, (sent as { data: { id: string } }).data.id)),
    );
    expect(request.attachmentFileIds).toEqual([answer.body.fileId]);

    // The same token again (a copied form, a replay): refused next to the field, nothing stored.
    const again = await help.submitSupportRequestAction(supportForm([ref]));
    expect(again).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { attachments: [UPLOAD_GONE_MESSAGE] } });
  });

  it("refuses a file over 10 MB with a French 413, and a program or a type the form does not take with a 415; nothing is stored", async () => {
    const before = await fileCount();
    const big = await send("assistance", pdf("trop gros.pdf", bigPdf(ATTACHMENT_MAX_BYTES + 1)));
    expect(big).toEqual({ status: 413, body: { message: "Le fichier « trop gros.pdf » ne doit pas dépasser 10 Mo" } });
    const program = await send("assistance", new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])], "facture.pdf"));
    expect(program.status).toBe(415);
    expect(program.body.message).toMatch(/n'est pas accepté|ne correspond pas/);
    const page = await send("assistance", new File(["<!doctype html><script>alert(1)</script>"], "page.csv"));
    expect(page).toEqual({ status: 415, body: { message: expect.stringContaining("les programmes et les pages web") } });
    const word = await send("assistance", new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3])], "lettre.docx"));
    expect(word).toEqual({ status: 415, body: { message: expect.stringContaining("PDF, JPEG, PNG ou tableur") } });
    const glued = await send("assistance", pdf("colle.pdf", new TextEncoder().encode("%PDF-1.4\n%%EOF\n<html><script>x</script></html>")));
    expect(glued).toEqual({ status: 415, body: { message: expect.stringContaining("d'autres données après la fin du document") } });
    expect(await fileCount()).toBe(before);
  });

  it("answers 400 in French to a body that is not a form with a file, and 404 to an unknown purpose", async () => {
    expect(await send("assistance", null)).toEqual({ status: 400, body: { message: "Choisissez un fichier" } });
    const notForm = await send("assistance", null, { body: "x", headers: { "content-type": "text/plain" } });
    expect(notForm.status).toBe(400);
    const broken = await send("assistance", null, {
      body: '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
      headers: { "content-type": "multipart/form-data; boundary=abc" },
    });
    expect(broken.status).toBe(400);
    expect((await send("logo", pdf())).status).toBe(404);
  });

  it("a file sent logged out cannot be attached by a logged-in user's form, nor the other way round", async () => {
    const anonymous = await send("assistance", pdf());
    const user = await createUser(db);
    await actAs(user.id);
    const refused = await help.submitSupportRequestAction(supportForm([`${anonymous.body.fileId}:${anonymous.body.token}`]));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { attachments: [UPLOAD_GONE_MESSAGE] } });
    const own = await send("assistance", pdf());
    setSession(null);
    expect(await help.submitSupportRequestAction(supportForm([`${own.body.fileId}:${own.body.token}`]))).toMatchObject({ ok: false });
  });
});

describe("POST /api/fichiers?pour=document (the offer wizard's « Documents utiles »)", () => {
  let structureId: string;
  let manager: User;

  beforeAll(async () => {
    structureId = (await createStructure(db)).id;
    manager = await createUser(db, { structureId, permissions: ["GESTIONNAIRE", "VALIDEUR"] });
  });

  it("refuses a logged-out request, a frozen account and a user who may not edit offers, before storing anything", async () => {
    const before = await fileCount();
    expect(await send("document", pdf())).toEqual({ status: 401, body: { message: expect.stringContaining("reconnectez-vous") } });

    const frozen = await createUser(db, { structureId, permissions: ["GESTIONNAIRE"] });
    await actAs(frozen.id);
    await db.update(users).set({ frozenAt: new Date() }).where(eq(users.id, frozen.id));
    expect((await send("document", pdf())).status).toBe(401);

    const reader = await createUser(db, { structureId, permissions: ["CONSULTATION"] });
    await actAs(reader.id);
    expect(await send("document", pdf())).toEqual({ status: 403, body: { message: expect.stringContaining("droits") } });
    expect(await fileCount()).toBe(before);
  });

  it("attaches an uploaded document to the user's own offer once; another user's token, a second attach or another structure's offer are refused", async () => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id });
    await actAs(manager.id);
    const sent = await send("document", pdf("programme.pdf"));
    expect(sent.status).toBe(201);
    const upload = { fileId: sent.body.fileId!, token: sent.body.token! };

    // Another structure's offer: not found, and the token stays usable.
    const foreign = await createOfferInState(db, (await createStructure(db)).id, "DRAFT");
    expect(await offerActions.attachOfferAttachmentAction({ offerId: foreign.id, ...upload })).toMatchObject({ ok: false, code: "NOT_FOUND" });

    // Another user of the same structure, with this user's token: refused.
    const colleague = await createUser(db, { structureId, permissions: ["GESTIONNAIRE"] });
    await actAs(colleague.id);
    expect(await offerActions.attachOfferAttachmentAction({ offerId: offer.id, ...upload })).toMatchObject({
      ok: false,
      fieldErrors: { file: [UPLOAD_GONE_MESSAGE] },
    });

    await actAs(manager.id);
    expect(await offerActions.attachOfferAttachmentAction({ offerId: offer.id, ...upload })).toMatchObject({ ok: true, data: { name: "programme.pdf" } });
    expect(await db.select({ fileId: offerAttachments.fileId }).from(offerAttachments).where(eq(offerAttachments.offerId, offer.id))).toEqual([
      { fileId: upload.fileId },
    ]);
    // Twice: refused, the offer keeps one copy.
    expect(await offerActions.attachOfferAttachmentAction({ offerId: offer.id, ...upload })).toMatchObject({
      ok: false,
      fieldErrors: { file: [UPLOAD_GONE_MESSAGE] },
    });
    expect(await db.select().from(offerAttachments).where(eq(offerAttachments.offerId, offer.id))).toHaveLength(1);
  });

  it("a file sent for the assistance form cannot become an offer's document", async () => {
    const offer = await createOfferInState(db, structureId, "DRAFT", { authorId: manager.id });
    await actAs(manager.id);
    const sent = await send("assistance", pdf());
    expect(await offerActions.attachOfferAttachmentAction({ offerId: offer.id, fileId: sent.body.fileId!, token: sent.body.token! })).toMatchObject({
      ok: false,
    });
  });
});
