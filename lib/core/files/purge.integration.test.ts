import { eq, inArray, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { files, offerAttachments, structures, supportRequests } from "@/db/schema";
import { attachFile, createFile, createOffer, createRevision, createStructure, createUser } from "@/test/factories";
import { purgeUnreferencedFiles } from "./purge";

const T0 = new Date("2026-05-15T09:00:00Z");
const daysAfter = (days: number) => new Date(T0.getTime() + days * 86_400_000);

async function existing(ids: string[]): Promise<string[]> {
  const rows = await db.select({ id: files.id }).from(files).where(inArray(files.id, ids));
  return rows.map((row) => row.id).sort();
}

describe("purgeUnreferencedFiles (the scheduled job)", () => {
  it("deletes a file 30 days after nothing links to it any more, and keeps every file something links to", async () => {
    const structure = await createStructure(db);
    const author = await createUser(db, { structureId: structure.id, permissions: ["ADMIN"] });
    const offer = await createOffer(db, { structureId: structure.id });

    const attached = await attachFile(db, offer.id);
    const removed = await attachFile(db, offer.id);
    const logo = await createFile(db, { name: "logo.png", mimeType: "image/png" });
    await db.update(structures).set({ logoFileId: logo.id }).where(eq(structures.id, structure.id));
    const supportAttachment = await createFile(db);
    await db.insert(supportRequests).values({
      regionCode: "11",
      requesterRole: "STRUCTURE",
      name: "Claire Martin",
      email: "claire@example.test",
      subject: "Pièce jointe",
      message: "Voici le document.",
      attachmentFileIds: [supportAttachment.id],
    });
    const proposed = await createFile(db);
    await createRevision(db, offer, { authorId: author.id, state: "PENDING", content: { attachmentFileIds: [attached.id, proposed.id] } });
    const abandoned = await createFile(db);
    await createRevision(db, offer, { authorId: author.id, state: "DISCARDED", content: { attachmentFileIds: [abandoned.id] } });
    const kept = [attached.id, logo.id, supportAttachment.id, proposed.id];
    const all = [...kept, removed.id, abandoned.id];

    // « Supprimer » the document: its link goes, the file stays.
    await db.delete(offerAttachments).where(eq(offerAttachments.fileId, removed.id));
    expect(await purgeUnreferencedFiles(db, T0)).toBe(0);
    expect(await existing(all)).toEqual([...all].sort());

    // 29 days later: still there, in case it comes back.
    expect(await purgeUnreferencedFiles(db, daysAfter(29))).toBe(0);
    expect(await existing(all)).toEqual([...all].sort());

    // 31 days later: gone, bytes included; every linked file stays.
    expect(await purgeUnreferencedFiles(db, daysAfter(31))).toBe(2);
    expect(await existing(all)).toEqual([...kept].sort());
  });

  it("forgets the mark of a file linked again, and counts its 30 days from the next time nothing links to it", async () => {
    const offer = await createOffer(db);
    const file = await attachFile(db, offer.id);
    await db.delete(offerAttachments).where(eq(offerAttachments.fileId, file.id));
    await purgeUnreferencedFiles(db, T0);

    await db.insert(offerAttachments).values({ offerId: offer.id, fileId: file.id });
    await purgeUnreferencedFiles(db, daysAfter(10));
    const [row] = await db.select({ since: files.unreferencedSince }).from(files).where(eq(files.id, file.id));
    expect(row?.since).toBeNull();

    await db.delete(offerAttachments).where(eq(offerAttachments.fileId, file.id));
    await purgeUnreferencedFiles(db, daysAfter(20));
    expect(await purgeUnreferencedFiles(db, daysAfter(49))).toBe(0);
    expect(await purgeUnreferencedFiles(db, daysAfter(51))).toBe(1);
  });

  it("knows every foreign key that points at a file (a new one must be added to the purge)", async () => {
    const keys = await db.execute<{ column: string }>(sql`
      select conrelid::regclass::text || '.' || a.attname as column
      from pg_constraint c join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any(c.conkey)
      where c.contype = 'f' and c.confrelid = 'files'::regclass order by 1`);
    expect(keys.map((key) => key.column)).toEqual(["offer_attachments.file_id", "signup_requests.logo_file_id", "structures.logo_file_id"]);
  });
});
