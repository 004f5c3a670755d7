import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { one } from "@/lib/core/rows";
import { makeDataPrivate } from "../scripts/lib/private-files";
import { APPLICATION_ROLE, handOverToApplicationRole } from "./application-role";
import { startEmbeddedPostgres } from "./embedded";
import { ensureDatabase, migrateDatabase } from "./migrate";

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

  // Issue 14, finding 8: no fixed password, no superuser for the application, nothing in .data for other users.
  it("generates its password at first start, kept private beside the cluster; the fixed one of old clusters is replaced", async () => {
    const dir = path.join(folder, "password");
    const server = await startEmbeddedPostgres(dir, { durability: "disposable" });
    const file = `${dir}-password`;
    try {
      const password = readFileSync(file, "utf8");
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect((statSync(file).mode & 0o777).toString(8)).toBe("600");
      expect(server.url("postgres")).toContain(encodeURIComponent(password));
      await expect(canConnect(server.url("postgres"))).resolves.toBe(true);
      await expect(canConnect(server.url("postgres").replace(encodeURIComponent(password), "sses-local"))).resolves.toBe(false);
      // As a cluster made before: the fixed password, no file.
      await runSql(server.url("postgres"), "alter role sses password 'sses-local'");
    } finally {
      await server.stop();
    }
    unlinkSync(file);
    const again = await startEmbeddedPostgres(dir, { durability: "disposable" });
    try {
      const generated = readFileSync(file, "utf8");
      expect(generated).not.toBe("sses-local");
      await expect(canConnect(again.url("postgres"))).resolves.toBe(true);
      await expect(canConnect(again.url("postgres").replace(encodeURIComponent(generated), "sses-local"))).resolves.toBe(false);
    } finally {
      await again.stop();
    }
  }, 90_000);

  it("hands the platform's database to a role that owns it but is not a superuser, including what the superuser made before", async () => {
    const server = await startEmbeddedPostgres(path.join(folder, "role"), { durability: "disposable" });
    try {
      // A first start: the role is made, then it migrates the empty database itself (unaccent is a trusted extension).
      await ensureDatabase(server.url("postgres"), "sses_neuve");
      await handOverToApplicationRole(server.url, "sses_neuve", "mot-de-passe-du-role");
      await migrateDatabase(server.url("sses_neuve").replace(/\/\/sses:[^@]+@/, `//${APPLICATION_ROLE}:mot-de-passe-du-role@`));

      await ensureDatabase(server.url("postgres"), "sses");
      // A database migrated before the role existed: everything belongs to the superuser.
      await migrateDatabase(server.url("sses"));
      await handOverToApplicationRole(server.url, "sses", "mot-de-passe-du-role");
      const appUrl = server.url("sses").replace(/\/\/sses:[^@]+@/, `//${APPLICATION_ROLE}:mot-de-passe-du-role@`);
      const asApp = postgres(appUrl, { max: 1, onnotice: () => {} });
      try {
        expect(one(await asApp<{ superuser: boolean }[]>`select rolsuper as superuser from pg_roles where rolname = current_user`).superuser).toBe(false);
        const notOwned = await asApp<{ name: string }[]>`
          select tablename as name from pg_tables where schemaname in ('public', 'drizzle') and tableowner <> current_user
          union all select typname from pg_type t join pg_namespace n on n.oid = t.typnamespace where nspname = 'public' and typtype = 'e' and pg_get_userbyid(typowner) <> current_user`;
        expect(notOwned).toEqual([]);
        // It migrates (the migrations are applied again, nothing left to do) and writes its tables…
        await asApp`insert into reference_items (kind, label) values ('THEME', 'Écrit par le rôle')`;
      } finally {
        await asApp.end();
      }
      await migrateDatabase(appUrl);
      // …but reads no server file and makes no role.
      const refused = postgres(appUrl, { max: 1, onnotice: () => {} });
      try {
        await expect(refused`select pg_read_file('postgresql.conf')`).rejects.toThrow(/permission denied/);
        await expect(refused`create role intrus login superuser`).rejects.toThrow(/permission denied/);
      } finally {
        await refused.end();
      }
      // Run again (every start does): nothing to change, no error.
      await handOverToApplicationRole(server.url, "sses", "mot-de-passe-du-role");
    } finally {
      await server.stop();
    }
  }, 120_000);

  it("makes every file of the data folder private to its user", () => {
    const data = path.join(folder, "data");
    mkdirSync(path.join(data, "email-preview"), { recursive: true, mode: 0o755 });
    writeFileSync(path.join(data, "run.json"), "{}", { mode: 0o644 });
    writeFileSync(path.join(data, "email-preview", "index.html"), "<p></p>", { mode: 0o644 });
    makeDataPrivate(data);
    const mode = (file: string) => (statSync(path.join(data, file)).mode & 0o777).toString(8);
    expect(mode("run.json")).toBe("600");
    expect(mode("email-preview")).toBe("700");
    expect(mode("email-preview/index.html")).toBe("600");
    // As root, the postgres system user must still enter it to reach its own folder: enter, not list.
    expect(mode(".")).toBe(process.getuid?.() === 0 ? "711" : "700");
  });
});

async function canConnect(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end();
  }
}

async function runSql(url: string, statement: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql.unsafe(statement);
  } finally {
    await sql.end();
  }
}
