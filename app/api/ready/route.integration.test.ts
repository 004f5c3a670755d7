import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/db/client";
import { backupFileName } from "@/db/backup/folder";
import { outbox } from "@/db/schema";
import { recordJobRun } from "@/lib/core/cron/job-runs";

// Before env() is first read: the launcher sets it to .data/backups.
const backups = mkdtempSync(path.join(tmpdir(), "sses-ready-"));
process.env.BACKUP_DIR = backups;
const { GET } = await import("./route");

afterAll(() => rmSync(backups, { recursive: true, force: true }));

async function ready() {
  const response = await GET();
  return { status: response.status, body: await response.json(), cache: response.headers.get("cache-control") };
}

describe("GET /api/ready", () => {
  it("says what an operator watches: migrations, outbox backlog and its oldest age, last cron run, last backup", async () => {
    let answer = await ready();
    expect(answer.status).toBe(200);
    expect(answer.cache).toBe("no-store");
    expect(answer.body).toMatchObject({ status: "ready", database: "ok", migrations: { pending: 0 }, outbox: { backlog: 0, oldestAgeSeconds: null } });
    expect(answer.body.cron).toEqual({ lastRunAgeSeconds: null });
    expect(answer.body.backup).toEqual({ lastAgeSeconds: null });
    expect(answer.body.warnings).toEqual(["cron: no run for more than 5 minutes", "backup: none in the last 26 hours"]);

    await db
      .insert(outbox)
      .values({ template: "password-reset", toEmail: "a@example.test", subject: "s", html: "h", text: "t", createdAt: new Date(Date.now() - 20 * 60_000) });
    await db.insert(outbox).values({ template: "password-reset", toEmail: "b@example.test", subject: "s", html: "h", text: "t" });
    await recordJobRun(db, "cron", new Date(Date.now() - 30_000));
    writeFileSync(path.join(backups, backupFileName(new Date())), "");

    answer = await ready();
    expect(answer.status).toBe(200);
    expect(answer.body.outbox.backlog).toBe(2);
    expect(answer.body.outbox.oldestAgeSeconds).toBeGreaterThanOrEqual(20 * 60);
    expect(answer.body.cron.lastRunAgeSeconds).toBeGreaterThanOrEqual(30);
    expect(answer.body.backup.lastAgeSeconds).toBeGreaterThanOrEqual(0);
    expect(answer.body.warnings).toEqual(["outbox: an email has been waiting for more than 15 minutes"]);
  });

  it("is 503 while a migration of this version is not applied", async () => {
    await db.execute(sql`delete from drizzle.__drizzle_migrations where created_at = (select max(created_at) from drizzle.__drizzle_migrations)`);
    const answer = await ready();
    expect(answer.status).toBe(503);
    expect(answer.body).toMatchObject({ status: "not_ready", database: "ok", migrations: { pending: 1 } });
  });
});
