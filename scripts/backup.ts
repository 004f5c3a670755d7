/**
 * `npm run db:backup [fichier]`: a consistent backup of the platform's database while it serves
 * (db/backup/dump.ts). Without a file: into BACKUP_DIR (`.data/backups`), keeping the BACKUP_KEEP newest.
 * The database: DATABASE_URL, or the embedded one of a running `npm start`, or the embedded one
 * started for the occasion.
 */
import path from "node:path";
import { startEmbeddedPostgres } from "../db/embedded";
import { backupDatabase } from "../db/backup/dump";
import { takeBackup } from "../db/backup/folder";
import { backupSettings } from "./lib/nightly-backup";
import { dataDirectory, runningPlatform } from "./lib/running-platform";

const root = path.resolve(import.meta.dirname, "..");
const dataDir = dataDirectory(root);
const target = process.argv[2];

let url = process.env.DATABASE_URL ?? runningPlatform(dataDir)?.databaseUrl;
let stop = async () => {};
if (!url) {
  const server = await startEmbeddedPostgres(path.join(dataDir, "postgres"), { durability: "durable" });
  url = server.url("sses");
  stop = server.stop;
}
try {
  const settings = backupSettings(dataDir);
  const started = Date.now();
  const { file, tables, bytes } = target ? await backupDatabase(url, path.resolve(target)) : await takeBackup(url, settings.dir, settings.keep);
  console.log(`Sauvegarde écrite : ${file} (${tables} tables, ${(bytes / 1024 / 1024).toFixed(1)} Mio, ${((Date.now() - started) / 1000).toFixed(1)} s).`);
} finally {
  await stop();
}
