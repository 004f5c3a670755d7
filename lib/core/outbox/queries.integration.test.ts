import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { outbox } from "@/db/schema";
import { findRegionEmail, listRegionEmails, OUTBOX_PAGE_SIZE } from "./queries";
import { nth } from "@/lib/core/rows";

async function insert(rows: Partial<typeof outbox.$inferInsert>[]) {
  return db
    .insert(outbox)
    .values(
      rows.map((row, index) => ({
        template: "signup-received",
        toEmail: `a${index}@test.sses.fr`,
        subject: `Objet ${index}`,
        html: "<p></p>",
        text: "x",
        ...row,
      })),
    )
    .returning({ id: outbox.id });
}

beforeEach(async () => {
  await db.delete(outbox);
});

describe("listRegionEmails", () => {
  it("lists the région's mail only, newest first, filtered by state and recipient", async () => {
    await insert([
      { regionCode: "11", toEmail: "camille@test.sses.fr", status: "SENT", createdAt: new Date("2026-03-01T10:00:00Z") },
      { regionCode: "11", toEmail: "dominique@test.sses.fr", status: "FAILED", lastError: "Error: 503", createdAt: new Date("2026-03-02T10:00:00Z") },
      { regionCode: "44", toEmail: "camille@test.sses.fr", status: "SENT" },
      { regionCode: null, toEmail: "camille@test.sses.fr" },
    ]);
    const all = await listRegionEmails("11", { page: 1 });
    expect(all.total).toBe(2);
    expect(all.rows.map((row) => row.toEmail)).toEqual(["dominique@test.sses.fr", "camille@test.sses.fr"]);
    expect((await listRegionEmails("11", { page: 1, status: "FAILED" })).rows.map((row) => row.lastError)).toEqual(["Error: 503"]);
    expect((await listRegionEmails("11", { page: 1, recipient: "CAMILLE" })).total).toBe(1);
    // LIKE wildcards typed by the admin are literal characters.
    expect((await listRegionEmails("11", { page: 1, recipient: "%" })).total).toBe(0);
    expect((await listRegionEmails("11", { page: 1, recipient: "_" })).total).toBe(0);
  });

  it("pages by 50", async () => {
    await insert(Array.from({ length: OUTBOX_PAGE_SIZE + 3 }, () => ({ regionCode: "11" })));
    const first = await listRegionEmails("11", { page: 1 });
    const second = await listRegionEmails("11", { page: 2 });
    expect([first.rows.length, second.rows.length, first.pageCount, first.total]).toEqual([50, 3, 2, 53]);
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(53);
  });
});

describe("findRegionEmail", () => {
  it("finds the région's message and nothing else", async () => {
    const inserted = await insert([{ regionCode: "11" }, { regionCode: "44" }]);
    const [mine, theirs] = [nth(inserted, 0), nth(inserted, 1)];
    expect((await findRegionEmail("11", String(mine.id)))?.id).toBe(mine.id);
    expect(await findRegionEmail("11", String(theirs.id))).toBeNull();
    for (const id of ["abc", "1e3", "-1", "99999999999999999999", ""]) expect(await findRegionEmail("11", id)).toBeNull();
  });
});
