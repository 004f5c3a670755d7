import { execFile, spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import postgres from "postgres";
import { afterAll, describe, expect, it } from "vitest";
import { one } from "@/lib/core/rows";

/**
 * The front door: `npm start` on the embedded database, a second start keeping the data, a launcher
 * killed with `kill -9` leaving nothing that stops the next start, what dies restarted (postgres, the
 * web server) with a 503 « Service momentanément indisponible » meanwhile, a backup taken while it
 * serves and restored after a stop (`npm run db:backup`, `npm run db:restore`), a stop under load that
 * cuts no request, and a launcher that gives up (non-zero exit) when its server keeps dying. Runs the
 * real launcher (build included when stale) on its own data folder and port.
 */
const root = path.resolve(import.meta.dirname, "..");
const dataDir = mkdtempSync(path.join(tmpdir(), "sses-launcher-"));
chmodSync(dataDir, 0o755); // the postgres system user must reach its data folder inside
// A port of its own, so that a developer's running platform or another run never answers instead.
const port = 3390 + Math.floor(Math.random() * 500);
const base = `http://127.0.0.1:${port}`;
let launcher: ChildProcess | undefined;

function start(extra: Record<string, string> = {}): ChildProcess {
  // The first restart waits 3 s, so that the outage can be seen.
  const env: NodeJS.ProcessEnv = { ...process.env, SSES_DATA_DIR: dataDir, PORT: String(port), RESTART_DELAY_SECONDS: "3", ...extra };
  delete env.DATABASE_URL; // the embedded default is what is tested here
  // As `npm start` runs it: one node process, so the pid held here is the launcher's.
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env, stdio: "ignore" });
  launcher = child;
  return child;
}

/** `npm run <script> [args]` on the launcher test's data folder, as an operator runs it beside `npm start`. */
async function npmRun(script: string, ...args: string[]): Promise<string> {
  const env: NodeJS.ProcessEnv = { ...process.env, SSES_DATA_DIR: dataDir };
  delete env.DATABASE_URL; // this file's own test database: the platform's is found through its run.json
  const { stdout } = await promisify(execFile)("npm", ["run", "-s", script, "--", ...args], { cwd: root, env, timeout: 300_000 });
  return stdout;
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

/**
 * `concurrency` clients requesting uncached catalogue searches, each on a new connection, until the
 * launcher has exited. A refused connection is a stopped server; any other failure is a cut request.
 */
async function loadUntilExit(child: ChildProcess, concurrency: number, statuses: number[]) {
  const cut: string[] = [];
  let done = false;
  void exited(child).then(() => (done = true));
  const one = (index: number) =>
    new Promise<void>((resolve) => {
      const request = get(`${base}/offres?q=prevention${index}`, { agent: false }, (response) => {
        response.resume();
        response.on("end", () => {
          statuses.push(response.statusCode ?? 0);
          resolve();
        });
        response.on("error", (error) => {
          cut.push(String(error));
          resolve();
        });
      });
      request.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code !== "ECONNREFUSED") cut.push(`${error.code}: ${error.message}`);
        resolve();
      });
    });
  let count = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (!done) await one(count++);
    }),
  );
  return { answered: statuses.length, statuses, cut };
}

describe("npm start", () => {
  it("serves the platform with demo data, keeps data across restarts, survives kill -9, and restores its own backup", async () => {
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

    // The database killed: a 503 « Service momentanément indisponible » page (never a 500) while the launcher restarts it.
    const postgresPid = () => Number(readFileSync(path.join(dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
    process.kill(postgresPid(), "SIGKILL");
    await waitForHealth(503, third, 30_000);
    const outage = await fetch(`${base}/offres?q=panne`);
    expect(outage.status).toBe(503);
    expect(await outage.text()).toContain("Service momentanément indisponible");
    await waitForHealth(200, third, 60_000);
    expect((await fetch(`${base}/offres?q=panne`)).status).toBe(200);

    // The web server killed: the launcher starts another.
    const firstServer = run().server;
    process.kill(firstServer, "SIGKILL");
    await waitForHealth(0, third, 30_000);
    await waitForHealth(200, third, 120_000);
    expect(run().server).not.toBe(firstServer);

    // A backup while the platform serves, then writes after it, which the restore must undo.
    const backedUp = /Sauvegarde écrite : (\S+)/.exec(await npmRun("db:backup"))?.[1];
    expect(backedUp).toBeDefined();
    expect(backedUp!.startsWith(path.join(dataDir, "backups"))).toBe(true);
    db = sql();
    const structureBefore = one(await db<{ id: string; name: string }[]>`select id, name from structures order by id limit 1`);
    await db`insert into reference_items (kind, label) values ('THEME', 'Écrit après la sauvegarde')`;
    await db`update structures set name = 'Renommée après la sauvegarde' where id = ${structureBefore.id}`;
    await db.end();

    // SIGTERM under load: the server stops accepting, answers every request it accepted, then the database stops.
    // Eight clients always waiting for an answer: the signal lands while eight requests are in flight.
    const statuses: number[] = [];
    const load = loadUntilExit(third, 8, statuses);
    while (statuses.length < 16) await new Promise((r) => setTimeout(r, 100));
    third.kill("SIGTERM");
    const outcome = await load;
    expect(outcome.answered).toBeGreaterThan(16);
    expect(outcome.statuses.filter((status) => status !== 200)).toEqual([]);
    expect(outcome.cut).toEqual([]);
    expect(stoppedCleanly()).toBe(true);
    expect(await serverGone()).toBe(true);

    // The restore, platform stopped: the data is as it was at the backup, and the application's role still owns it.
    expect(await npmRun("db:restore", backedUp!)).toContain("Base restaurée");
    const fourth = start({ RESTART_LIMIT: "1", RESTART_DELAY_SECONDS: "1" });
    await waitForHealth(200, fourth, 120_000);
    db = sql();
    const label = (text: string) => db<{ count: number }[]>`select count(*)::int as count from reference_items where label = ${text}`;
    expect(one(await label("Écrit après la sauvegarde")).count).toBe(0);
    expect(one(await label("Marqueur du test de démarrage")).count).toBe(1);
    expect(one(await db<{ name: string }[]>`select name from structures where id = ${structureBefore.id}`).name).toBe(structureBefore.name);
    expect(one(await db<{ owner: string }[]>`select tableowner as owner from pg_tables where tablename = 'structures'`).owner).toBe("sses_app");
    await db.end();
    expect((await fetch(`${base}/offres`)).status).toBe(200);

    // A server that keeps dying: restarted once (RESTART_LIMIT=1), then the launcher stops everything and exits 1 for its supervisor.
    process.kill(run().server, "SIGKILL");
    await waitForHealth(200, fourth, 120_000);
    process.kill(run().server, "SIGKILL");
    await exited(fourth);
    expect(fourth.exitCode).toBe(1);
    expect(stoppedCleanly()).toBe(true);
  }, 900_000);
});
