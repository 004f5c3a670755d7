import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/db/client";
import { faqEntries, files, supportRequests } from "@/db/schema";
import { createUser } from "@/test/factories";
import { supportRequestForm } from "@/test/fixtures/support";
import { findEmails } from "@/test/mailbox";
import { actAs, databaseState, setSession } from "@/test/session";
import { nth, one } from "@/lib/core/rows";

const address = vi.hoisted(() => ({ current: "198.51.100.1" }));
const mailFailure = vi.hoisted(() => ({ next: false }));
vi.mock("@/lib/core/outbox/enqueue", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/core/outbox/enqueue")>();
  return {
    enqueueEmail: async (...args: Parameters<typeof original.enqueueEmail>) => {
      // The acknowledgement (queued last) fails: the notices queued before it must roll back too.
      if (mailFailure.next && args[1].template === "support-request-received") throw new Error("outbox indisponible");
      return original.enqueueEmail(...args);
    },
  };
});
// The socket's address, as instrumentation.ts stamps it on every request.
vi.mock("next/headers", () => ({ headers: async () => new Headers({ "x-sses-socket-address": address.current }) }));

const actions = await import("./actions");
const { countUnhandledSupportRequests, getSupportAttachment, getSupportRequest, listFaq, listSupportRequests } = await import("./queries");
const { SUPPORT_LIMITS } = await import("./throttle");

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

function pdf(name = "capture.pdf", bytes: Uint8Array = PDF): File {
  return new File([new Uint8Array(bytes)], name, { type: "application/pdf" });
}

const form = supportRequestForm;

let adminIdf: Awaited<ReturnType<typeof createUser>>;
let adminGrandEst: Awaited<ReturnType<typeof createUser>>;

beforeEach(async () => {
  adminIdf = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "11", email: `ars-idf-${randomUUID()}@test.sses.fr` });
  adminGrandEst = await createUser(db, { kind: "REGIONAL_ADMIN", regionCode: "44", email: `ars-ge-${randomUUID()}@test.sses.fr` });
  address.current = `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
  setSession(null);
});

async function submitted(data = form({}, [pdf()])) {
  const result = await actions.submitSupportRequestAction(data);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.id;
}

describe("« Formulaire d'assistance »", () => {
  it("stores the request with its file, and queues the admins' notice and the acknowledgement", async () => {
    const data = form({}, [pdf("Capture d'écran.pdf")]);
    const email = String(data.get("email"));
    const id = await submitted(data);

    const request = one(await db.select().from(supportRequests).where(eq(supportRequests.id, id)));
    expect(request).toMatchObject({
      regionCode: "11",
      requesterRole: "STRUCTURE",
      name: "Camille Durand",
      email,
      phone: null,
      topic: "offre",
      handledAt: null,
      userId: null,
    });
    expect(request.attachmentFileIds).toHaveLength(1);
    const [file] = await db
      .select()
      .from(files)
      .where(eq(files.id, nth(request.attachmentFileIds, 0)));
    expect(file).toMatchObject({ name: "Capture d'écran.pdf", mimeType: "application/pdf", size: PDF.length });

    const notice = one(await findEmails({ to: adminIdf.email, template: "support-request" }));
    expect(notice.subject).toBe("Demande d'assistance : Mon offre n'apparaît pas");
    expect(notice.text).toContain(`/admin/aide/demandes/${id}`);
    expect(notice.text).toContain("Sa demande concerne : Une offre.");
    expect(notice.regionCode).toBe("11");
    expect(await findEmails({ to: adminGrandEst.email })).toHaveLength(0);
    const ack = one(await findEmails({ to: email, template: "support-request-received" }));
    expect(ack.text).toContain("Île-de-France");
  });

  it("acknowledges an unverified address with fixed text only: the admins get the message, the typed address none of it (issue 14, finding 6)", async () => {
    const bait = {
      name: "Gagnant du tirage",
      subject: "Votre colis est bloqué",
      message: `Réglez les frais de douane sur https://colis-bloque.example/paiement avant demain.\n${"Urgent. ".repeat(500)}`,
    };
    // Grand Est: the Île-de-France list of the next tests keeps its page.
    const data = form({ ...bait, regionCode: "44" });
    const victim = String(data.get("email"));
    await submitted(data);

    const ack = one(await findEmails({ to: victim, template: "support-request-received" }));
    for (const typed of [bait.name, bait.subject, "colis-bloque.example", "Urgent", "douane"]) {
      expect(ack.subject + ack.text + ack.html).not.toContain(typed);
    }
    expect(ack.text).toContain("Votre demande d'assistance a bien été reçue et transmise aux administrateurs de la plateforme de la région Grand Est");
    const notice = one(await findEmails({ to: adminGrandEst.email, template: "support-request" }));
    expect(notice.text).toContain("https://colis-bloque.example/paiement");
    expect(notice.text).toContain(bait.name);
  });

  it("writes nothing when the emails cannot be queued (one transaction)", async () => {
    const before = await databaseState();
    mailFailure.next = true;
    const result = await actions.submitSupportRequestAction(form({}, [pdf()]));
    mailFailure.next = false;
    expect(result).toMatchObject({ ok: false, code: "UNEXPECTED" });
    expect(await databaseState()).toEqual(before);
  });

  it("links a logged-in user to the request", async () => {
    const offerer = await createUser(db, { kind: "OFFERER" });
    await actAs(offerer.id);
    const id = await submitted(form({ email: offerer.email }));
    const request = one(await db.select().from(supportRequests).where(eq(supportRequests.id, id)));
    expect(request.userId).toBe(offerer.id);
  });

  it("refuses 4 files, an 11 MB file or an .exe renamed .pdf with a field error, and stores nothing", async () => {
    const before = await databaseState();
    const four = await actions.submitSupportRequestAction(form({}, [pdf("a.pdf"), pdf("b.pdf"), pdf("c.pdf"), pdf("d.pdf")]));
    expect(four).toMatchObject({ ok: false, code: "INVALID", fieldErrors: { attachments: ["3 pièces jointes au maximum : retirez-en une"] } });

    const big = new Uint8Array(11 * 1024 * 1024);
    big.set(PDF);
    const tooBig = await actions.submitSupportRequestAction(form({}, [pdf("rapport.pdf", big)]));
    expect(tooBig).toMatchObject({ ok: false, fieldErrors: { attachments: ["Le fichier « rapport.pdf » ne doit pas dépasser 10 Mo"] } });

    const exe = new Uint8Array(512);
    exe.set([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
    const renamed = await actions.submitSupportRequestAction(form({}, [pdf("facture.pdf", exe)]));
    expect(renamed.ok).toBe(false);
    expect(!renamed.ok && renamed.fieldErrors?.attachments?.[0]).toMatch(/« facture\.pdf » n'est pas accepté/);

    const zip = await actions.submitSupportRequestAction(form({}, [new File([new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2])], "archive.zip")]));
    expect(!zip.ok && zip.fieldErrors?.attachments?.[0]).toMatch(/n'est pas d'un type accepté/);
    expect(await databaseState()).toEqual(before);
  });

  it("accepts spreadsheets and images checked by content", async () => {
    const csv = new File(["nom;places\nÉcole;12\n"], "effectifs.csv");
    const png = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0])], "ecran.png");
    // The two inputs left empty arrive as empty Files named "undefined" (Next's multipart parser).
    const empty = () => new File([], "undefined", { type: "application/octet-stream" });
    const id = await submitted(form({}, [csv, empty(), png, empty()]));
    const request = one(await db.select().from(supportRequests).where(eq(supportRequests.id, id)));
    expect(request.attachmentFileIds).toHaveLength(2);
  });

  it("stores the optional « Téléphone » in the platform's one form, and names it with the topic to the admins", async () => {
    // Grand Est: the admin list test below counts Île-de-France's unhandled requests on one page.
    const id = await submitted(form({ regionCode: "44", phone: "06 12 34 56 78", topic: "disponibilites" }));
    const [request] = await db.select().from(supportRequests).where(eq(supportRequests.id, id));
    expect(request).toMatchObject({ phone: "+33612345678", topic: "disponibilites" });
    const notice = one(await findEmails({ to: adminGrandEst.email, template: "support-request" }));
    expect(notice.text).toContain("06 12 34 56 78");
    expect(notice.text).toContain("Sa demande concerne : Les disponibilités des étudiants.");
  });

  it("gives each bad field its French message", async () => {
    const result = await actions.submitSupportRequestAction(
      form({ requesterRole: "", regionCode: "99", name: " ", email: "pas-un-email", phone: "12345", topic: "rien", subject: "", message: "" }),
    );
    expect(result.ok).toBe(false);
    const errors = !result.ok ? result.fieldErrors : {};
    expect(Object.keys(errors ?? {}).sort()).toEqual(["email", "message", "name", "phone", "requesterRole", "subject", "topic"]);
    expect(errors?.phone).toEqual(["Saisissez un numéro de téléphone français, par exemple 01 23 45 67 89"]);
    expect(errors?.topic).toEqual(["Sélectionnez dans la liste ce que concerne votre demande"]);
    const region = await actions.submitSupportRequestAction(form({ regionCode: "99" }));
    expect(region).toMatchObject({ ok: false, fieldErrors: { regionCode: ["Choisissez votre région dans la liste"] } });
  });

  it("limits the requests of one email address per hour", async () => {
    const email = `insistant-${randomUUID()}@exemple.fr`;
    for (let i = 0; i < SUPPORT_LIMITS.perEmailPerHour; i++) {
      address.current = `203.0.113.${i + 1}`;
      await submitted(form({ email }));
    }
    address.current = "203.0.113.200";
    const refused = await actions.submitSupportRequestAction(form({ email }));
    expect(refused).toMatchObject({ ok: false, code: "INVALID" });
    expect(!refused.ok && refused.message).toMatch(/patienter une heure/);
  });

  it("limits the requests of one client address per hour", async () => {
    address.current = "192.0.2.77";
    for (let i = 0; i < SUPPORT_LIMITS.perAddressPerHour; i++) await submitted(form());
    expect(await actions.submitSupportRequestAction(form())).toMatchObject({ ok: false, code: "INVALID" });
  }, 120_000);

  it("accepts exactly 5 of 8 parallel requests with one email, and stores only those (issue 14, finding 3)", async () => {
    const email = `rafale-${randomUUID()}@exemple.fr`;
    const results = await Promise.all(Array.from({ length: 8 }, () => actions.submitSupportRequestAction(form({ email, regionCode: "44" }))));
    expect(results.filter((result) => result.ok)).toHaveLength(SUPPORT_LIMITS.perEmailPerHour);
    expect(results.filter((result) => !result.ok && /patienter une heure/.test(result.message ?? ""))).toHaveLength(3);
    expect(await db.select({ id: supportRequests.id }).from(supportRequests).where(eq(supportRequests.email, email))).toHaveLength(5);
    expect(await findEmails({ to: email, template: "support-request-received" })).toHaveLength(5);
  }, 120_000);

  it("accepts exactly 10 of 14 parallel requests from one address", async () => {
    address.current = "192.0.2.88";
    const results = await Promise.all(Array.from({ length: 14 }, () => actions.submitSupportRequestAction(form({ regionCode: "44" }))));
    expect(results.filter((result) => result.ok)).toHaveLength(SUPPORT_LIMITS.perAddressPerHour);
  }, 120_000);
});

describe("« Demandes d'assistance » of the regional admin", () => {
  it("lists the région's requests, unhandled first; answers by email with the message quoted; marks handled", async () => {
    const first = await submitted(form({ subject: "Première" }));
    const second = await submitted(form({ subject: "Deuxième" }));
    const grandEst = await submitted(form({ regionCode: "44", subject: "Ailleurs" }));
    await actAs(adminIdf.id);

    expect(await actions.markSupportRequestHandledAction({ requestId: second })).toMatchObject({ ok: true });
    // The database is shared by this file's tests: look at these three requests only.
    const mine = new Set([first, second, grandEst]);
    const listed = await listSupportRequests("11", 1);
    const ids = listed.items.map((row) => row.id);
    expect(ids.filter((id) => mine.has(id))).toEqual([first, second]);
    expect(ids.indexOf(first)).toBeLessThan(listed.unhandled);
    expect(ids.indexOf(second)).toBeGreaterThanOrEqual(listed.unhandled);
    expect(await countUnhandledSupportRequests("11")).toBe(listed.unhandled);
    expect((await listSupportRequests("44", 1)).items.map((row) => row.id).filter((id) => mine.has(id))).toEqual([grandEst]);

    const request = await getSupportRequest("11", first);
    expect(await actions.answerSupportRequestAction({ requestId: first, answer: "Votre offre sera publiée le 1er juin." })).toMatchObject({ ok: true });
    const reply = one(await findEmails({ to: request!.email, template: "support-reply" }));
    expect(reply.subject).toBe("Réponse à votre demande d'assistance : Première");
    expect(reply.text).toContain("Votre offre sera publiée le 1er juin.");
    expect(reply.text).toContain("J'ai validé mon offre hier");
    expect((await getSupportRequest("11", first))?.handledAt).not.toBeNull();
  });

  it("filters the région's requests by « Votre demande concerne », counts included", async () => {
    const account = await submitted(form({ topic: "compte", subject: "Compte bloqué" }));
    const technical = await submitted(form({ topic: "technique", subject: "Page blanche" }));
    const elsewhere = await submitted(form({ regionCode: "44", topic: "compte", subject: "Ailleurs" }));
    const accounts = await listSupportRequests("11", 1, "compte");
    const ids = accounts.items.map((row) => row.id);
    expect(ids).toContain(account);
    expect(ids).not.toContain(technical);
    expect(ids).not.toContain(elsewhere);
    expect(accounts.items.every((row) => row.topic === "compte")).toBe(true);
    expect(accounts.total).toBe(accounts.items.length);
    expect((await listSupportRequests("11", 1)).total).toBeGreaterThan(accounts.total);
  });

  it("gives another région's admin nothing: not seen, not answered, not handled, not downloaded", async () => {
    const id = await submitted();
    const request = await getSupportRequest("11", id);
    const fileId = nth(request!.attachments, 0).fileId;
    expect(await getSupportAttachment("11", id, fileId)).toMatchObject({ name: "capture.pdf", mimeType: "application/pdf" });

    await actAs(adminGrandEst.id);
    const before = await databaseState();
    expect(await getSupportRequest("44", id)).toBeNull();
    expect(await getSupportAttachment("44", id, fileId)).toBeNull();
    expect(await actions.answerSupportRequestAction({ requestId: id, answer: "Piraté" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await actions.markSupportRequestHandledAction({ requestId: id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await databaseState()).toEqual(before);

    // A file id that exists but belongs to another request is not served through this one.
    const other = await submitted();
    const otherFile = nth((await getSupportRequest("11", other))!.attachments, 0).fileId;
    expect(await getSupportAttachment("11", id, otherFile)).toBeNull();
  });

  it("refuses logged-out and non-admin callers on every admin action", async () => {
    const id = await submitted();
    const entry = one(await db.insert(faqEntries).values({ regionCode: "11", theme: "Offres", question: "Q ?", answer: "R.", position: 1 }).returning());
    const offerer = await createUser(db, { kind: "OFFERER", permissions: ["ADMIN", "GESTIONNAIRE", "VALIDEUR", "CONSULTATION"] });
    const institution = await createUser(db, { kind: "INSTITUTION" });
    const before = await databaseState();
    for (const who of [null, offerer.id, institution.id]) {
      if (who) await actAs(who);
      else setSession(null);
      const expected = who ? "FORBIDDEN" : "UNAUTHENTICATED";
      expect(await actions.answerSupportRequestAction({ requestId: id, answer: "Non" })).toMatchObject({ ok: false, code: expected });
      expect(await actions.markSupportRequestHandledAction({ requestId: id })).toMatchObject({ ok: false, code: expected });
      expect(await actions.createFaqEntryAction({ theme: "Offres", question: "Intrus ?", answer: "Non." })).toMatchObject({ ok: false, code: expected });
      expect(await actions.updateFaqEntryAction({ entryId: entry.id, theme: "Offres", question: "Intrus ?", answer: "Non." })).toMatchObject({
        ok: false,
        code: expected,
      });
      expect(await actions.deleteFaqEntryAction({ entryId: entry.id })).toMatchObject({ ok: false, code: expected });
      expect(await actions.moveFaqEntryAction({ entryId: entry.id, direction: "up" })).toMatchObject({ ok: false, code: expected });
    }
    expect(await databaseState()).toEqual(before);
  });
});

describe("FAQ editor", () => {
  it("adds, edits, reorders and deletes the région's entries; the public sees national + région", async () => {
    await actAs(adminIdf.id);
    const a = await actions.createFaqEntryAction({ theme: "Offres", question: "Qui contacter à l'ARS Île-de-France ?", answer: "Le service prévention." });
    const b = await actions.createFaqEntryAction({ theme: "Offres", question: "Quand ouvre la campagne ?", answer: "En septembre." });
    expect(a.ok && b.ok).toBe(true);
    const idA = a.ok ? a.data.id : 0;
    const idB = b.ok ? b.data.id : 0;

    const mine = new Set([idA, idB]);
    const regional = (faq: Awaited<ReturnType<typeof listFaq>>) =>
      faq
        .flatMap((theme) => theme.entries)
        .filter((entry) => mine.has(entry.id))
        .map((entry) => entry.id);
    expect(regional(await listFaq("11"))).toEqual([idA, idB]);
    expect(await actions.moveFaqEntryAction({ entryId: idB, direction: "up" })).toMatchObject({ ok: true });
    expect(regional(await listFaq("11"))).toEqual([idB, idA]);
    expect(await actions.moveFaqEntryAction({ entryId: idB, direction: "up" })).toMatchObject({ ok: true });
    expect(regional(await listFaq("11"))).toEqual([idB, idA]);

    expect(
      await actions.updateFaqEntryAction({ entryId: idA, theme: "Offres", question: "Qui contacter ?", answer: "La délégation départementale." }),
    ).toMatchObject({ ok: true });
    const [edited] = await db.select().from(faqEntries).where(eq(faqEntries.id, idA));
    expect(edited).toMatchObject({ question: "Qui contacter ?", regionCode: "11" });

    // The national entries come first in their theme; visitors without a région see only those.
    const offers = (await listFaq("11")).find((theme) => theme.theme === "Offres");
    expect(offers?.entries.at(-1)?.regionCode).toBe("11");
    expect(regional(await listFaq(null))).toEqual([]);
    expect(regional(await listFaq("44"))).toEqual([]);

    expect(await actions.deleteFaqEntryAction({ entryId: idB })).toMatchObject({ ok: true });
    expect(regional(await listFaq("11"))).toEqual([idA]);
  });

  it("scopes every edit to the admin's région: national and other régions' entries are not found", async () => {
    const national = one(
      await db.insert(faqEntries).values({ regionCode: null, theme: "Offres", question: "Nationale ?", answer: "Oui.", position: 99 }).returning(),
    );
    const grandEst = one(
      await db.insert(faqEntries).values({ regionCode: "44", theme: "Offres", question: "Grand Est ?", answer: "Oui.", position: 1 }).returning(),
    );
    await actAs(adminIdf.id);
    const before = await databaseState();
    for (const entryId of [national.id, grandEst.id]) {
      expect(await actions.updateFaqEntryAction({ entryId, theme: "Offres", question: "Piraté ?", answer: "Oui." })).toMatchObject({
        ok: false,
        code: "NOT_FOUND",
      });
      expect(await actions.deleteFaqEntryAction({ entryId })).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await actions.moveFaqEntryAction({ entryId, direction: "down" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await databaseState()).toEqual(before);
    expect(await actions.createFaqEntryAction({ theme: "", question: "", answer: "" })).toMatchObject({ ok: false, code: "INVALID" });
  });
});
