import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { one } from "@/test/rows";

/**
 * The front door: `npm start` on the embedded database, a second start keeping the data, and a
 * launcher killed with `kill -9` leaving nothing that stops the next start. Runs the real launcher
 * (build included when stale) on its own data folder and port.
 */
const root = path.resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(path.join(tmpdir(), "sses-launcher-"));
chmodSync(dataDir, 0o755); // the postgres system user must reach its data folder inside
// A port of its own, so that a developer's running platform or another run never answers instead.
const port = 3390 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
let launcher: ChildProcess | undefined;

function start(): ChildProcess {
  const env: NodeJS.ProcessEnv = { ...process.env, SSES_DATA_DIR: dataDir, PORT: String(port) };
  delete env.DATABASE_URL; // the embedded default is what is tested here
  // As `npm start` runs it: one node process, so the pid held here is the launcher's.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, stdio: "ignore" });
  launcher = child;
  return child;
}

/** Waits for `child`'s own server (not an orphan of a previous launcher) to answer `expected`. */
async function waitForHealth(expected: number, child: ChildProcess, timeoutMs = 540_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the launcher exited (${child.exitCode})`);
    const status = ownsRunFile(child)
      ? await fetch(`${base}/api/health`).then(
          (r) => r.status,
          () => 0,
        )
      : -1;
    if (status === expected) return;
    if (Date.now() > deadline) throw new Error(`/api/health never answered ${expected} (last: ${status})`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

async function serverGone(timeoutMs = 15_000): Promise<boolean> {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await new Promise((r) => setTimeout(r, 250))) {
    if (
      await fetch(`${base}/api/health`).then(
        () => false,
        () => true,
      )
    )
      return true;
  }
  return false;
}

// The launcher empties its run file once the server and the database have stopped.
const stoppedCleanly = () => readFileSync(path.join(dataDir, "run.json"), "utf8") === "{}";
function ownsRunFile(child: ChildProcess): boolean {
  try {
    return run().launcher === child.pid;
  } catch {
    return false;
  }
}

const run = () => JSON.parse(readFileSync(path.join(dataDir, "run.json"), "utf8")) as { launcher: number; server: number; databaseUrl: string };
const exited = (child: ChildProcess) =>
  new Promise((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve(null) : child.once("exit", resolve)));

afterAll(async () => {
  if (launcher && launcher.exitCode === null) {
    launcher.kill("SIGINT");
    await exited(launcher);
  }
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe("npm start", () => {
  it("serves the platform with demo data, keeps data across restarts and survives kill -9", async () => {
    const first = start();
    await waitForHealth(200, first);
    const sql = () => postgres(run().databaseUrl, { max: 1, onnotice: () => {} });
    let db = sql();
    const { structures } = one(await db<{ structures: number }[]>`select count(*)::int as structures from structures`);
    expect(structures).toBeGreaterThanOrEqual(12);
    // The platform's own data survives a power cut: every commit is flushed (tests' clusters skip it).
    const { fsync } = one(await db<{ fsync: string }[]>`show fsync`);
    expect(fsync).toBe("on");
    // The application is the owner of its database, not a superuser; .data is its user's only (issue 14, finding 8).
    expect(
      one(await db<{ role: string; superuser: boolean }[]>`select current_user as role, rolsuper as superuser from pg_roles where rolname = current_user`),
    ).toEqual({
      role: "sses_app",
      superuser: false,
    });
    expect(one(await db<{ owner: string }[]>`select tableowner as owner from pg_tables where tablename = 'structures'`).owner).toBe("sses_app");
    for (const file of ["run.json", "postgres-password", "postgres-app-password", "auth-secret", "cron-secret"]) {
      expect((statSync(path.join(dataDir, file)).mode & 0o777).toString(8), file).toBe("600");
    }
    expect(statSync(dataDir).mode & 0o077 & ~0o011).toBe(0);
    await db`insert into reference_items (kind, label) values ('THEME', 'Marqueur du test de démarrage')`;
    await db.end();
    expect((await fetch(`${base}/connexion`)).status).toBe(200);

    // Ctrl-C: a clean stop, then a second start on the same data.
    first.kill("SIGINT");
    await exited(first);
    expect(stoppedCleanly()).toBe(true);
    const second = start();
    await waitForHealth(200, second, 120_000);

    // kill -9 leaves next and postgres orphaned: the third start must clean up after it.
    process.kill(run().launcher, "SIGKILL");
    await exited(second);
    const third = start();
    await waitForHealth(200, third, 120_000);
    db = sql();
    const { markers } = one(
      await db<{ markers: number }[]>`select count(*)::int as markers from reference_items where label = 'Marqueur du test de démarrage'`,
    );
    const { again } = one(await db<{ again: number }[]>`select count(*)::int as again from structures`);
    await db.end();
    expect(markers).toBe(1);
    expect(again).toBe(structures);

    // The database gone: /api/health says so with a 503, the server does not crash.
    const pid = Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(pid, "SIGKILL");
    await waitForHealth(503, third, 30_000);

    third.kill("SIGINT");
    await exited(third);
    expect(stoppedCleanly()).toBe(true);
    expect(await serverGone()).toBe(true);
  }, 900_000);
});
