import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres } from "./embedded";

/**
 * The platform's own data is flushed to disk on every commit; only the clusters rebuilt on every run
 * (tests, e2e, bench) skip it. And a postmaster killed with `kill -9` leaves no socket files behind
 * once the next start has run.
 */
const folder = mkdtempSync(path.join(tmpdir(), "sses-embedded-"));
chmodSync(folder, 0o755); // as root, the postgres system user must reach its data folders inside
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function settings(url: string) {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const rows = await sql<{ name: string; setting: string }[]>`
    select name, setting from pg_settings where name in ('fsync', 'synchronous_commit', 'full_page_writes')`;
  await sql.end();
  return Object.fromEntries(rows.map((row) => [row.name, row.setting]));
}

const sockets = (dir: string) => readdirSync(dir).filter((name) => name.startsWith(".s.PGSQL."));

describe("embedded PostgreSQL", () => {
  it("flushes every commit of a durable cluster, not of a disposable one", async () => {
    const durable = await startEmbeddedPostgres(path.join(folder, "durable"), { durability: "durable" });
    try {
      expect(await settings(durable.url("postgres"))).toEqual({ fsync: "on", synchronous_commit: "on", full_page_writes: "on" });
    } finally {
      await durable.stop();
    }
    const disposable = await startEmbeddedPostgres(path.join(folder, "disposable"), { durability: "disposable" });
    try {
      expect(await settings(disposable.url("postgres"))).toEqual({ fsync: "off", synchronous_commit: "off", full_page_writes: "off" });
    } finally {
      await disposable.stop();
    }
  }, 60_000);

  it("removes the socket files a killed server left behind", async () => {
    const dir = path.join(folder, "killed");
    const first = await startEmbeddedPostgres(dir, { durability: "disposable" });
    const stale = sockets(dir);
    expect(stale.length).toBeGreaterThan(0);
    const pid = Number(readFileSync(path.join(dir, "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGKILL");
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(sockets(dir)).toEqual(stale);

    const second = await startEmbeddedPostgres(dir, { durability: "disposable" });
    try {
      const now = sockets(dir);
      expect(now.filter((name) => stale.includes(name))).toEqual([]);
      expect(now).toEqual([`.s.PGSQL.${second.port}`, `.s.PGSQL.${second.port}.lock`].sort());
    } finally {
      await second.stop();
      await first.stop().catch(() => {});
    }
  }, 60_000);
});
