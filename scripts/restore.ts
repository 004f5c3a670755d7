/**
 * `npm run db:restore <fichier>`: replaces the embedded database (`.data/postgres`) with a backup of
 * `npm run db:backup` (db/backup/restore.ts). The platform must be stopped. The database replaced is
 * kept as `sses_avant_restauration` until the next restore. The restored schema and rows are written as
 * the application's role `sses_app`, not as the superuser. With DATABASE_URL: pg_restore (README).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded";
import { restoreDatabase } from "../db/backup/restore";
import { applicationDatabaseUrl } from "./lib/database";
import { dataDirectory, runningPlatform } from "./lib/running-platform";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = dataDirectory(root);
const file = process.argv[2];

function refuse(message: string): never {
  console.error(message);
  process.exit(1);
}

if (!file || !existsSync(file)) refuse("Usage : npm run db:restore <fichier> (une sauvegarde de npm run db:backup, par exemple dans .data/backups/).");
if (process.env.DATABASE_URL) refuse("DATABASE_URL est défini : restaurez une base externe avec pg_restore (README « En production »).");
if (runningPlatform(dataDir)) refuse("La plateforme tourne : arrêtez npm start (Ctrl-C) avant de restaurer.");

console.log(`Restauration de ${file} dans la base embarquée (${path.join(dataDir, "postgres")})…`);
const server = await startEmbeddedPostgres(path.join(dataDir, "postgres"), { durability: "durable" });
try {
  // Schema and rows are written as the application's role, owner of the new database; the superuser only swaps the databases.
  const applicationUrl = await applicationDatabaseUrl(server, dataDir);
  const report = await restoreDatabase({
    adminUrl: server.url("postgres"),
    database: "sses",
    file: path.resolve(file),
    applicationUrl,
    log: (line) => console.log(line),
  });
  console.log(
    `Base restaurée à son état du ${new Date(report.createdAt).toLocaleString("fr-FR", { timeZone: "Europe/Paris" })} : ${report.tables} tables, ${report.rows} lignes.`,
  );
  if (report.previous) console.log(`L'ancienne base est gardée sous le nom « ${report.previous} » jusqu'à la prochaine restauration.`);
  console.log("Relancez la plateforme : npm start.");
} finally {
  await server.stop();
}
