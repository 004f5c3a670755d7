import { createHash, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { files } from "@/db/schema";
import { one } from "@/lib/core/rows";
import { readFile, storeFile } from "./index";

describe("the PostgreSQL file store", () => {
  it("writes a large file in slices and reads back the same bytes, size and hash", async () => {
    // 5 MiB and a bit: three slices, the last one short.
    const bytes = randomBytes(5 * 1024 * 1024 + 123);
    const stored = await db.transaction((tx) => storeFile(tx, { name: "gros.pdf", mimeType: "application/pdf", bytes: new Uint8Array(bytes) }));
    const read = (await readFile(stored.fileId))!;
    expect(read.size).toBe(bytes.length);
    expect(Buffer.compare(read.content, bytes)).toBe(0);
    const row = one(await db.select({ sha256: files.sha256 }).from(files).where(eq(files.id, stored.fileId)));
    expect(row.sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });

  it("stores a slice of a larger buffer as itself, and a small or empty file in one statement", async () => {
    const whole = Buffer.from("AAAA%PDF-1.4 contenu BBBB");
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 4, whole.length - 8);
    const stored = await storeFile(db, { name: "vue.pdf", mimeType: "application/pdf", bytes: view });
    expect((await readFile(stored.fileId))!.content.toString()).toBe("%PDF-1.4 contenu ");
    const empty = await storeFile(db, { name: "vide.txt", mimeType: "text/plain", bytes: new Uint8Array() });
    expect((await readFile(empty.fileId))!.content.length).toBe(0);
  });
});
