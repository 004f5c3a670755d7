import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { backupDatabase, type BackupSummary } from "./dump";

const PREFIX = "sses-";
const SUFFIX = ".backup.gz";

/** `sses-2026-12-06T02-00-00Z.backup.gz`: sorts by date, readable, no colon for other file systems. */
export function backupFileName(at: Date): string {
  return `${PREFIX}${at.toISOString().slice(0, 19).replaceAll(":", "-")}Z${SUFFIX}`;
}

/** A backup into `dir` (created 0700), then only the `keep` newest are kept. */
export async function takeBackup(url: string, dir: string, keep: number, at = new Date()): Promise<BackupSummary> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  const summary = await backupDatabase(url, path.join(dir, backupFileName(at)));
  for (const old of (await listBackups(dir)).slice(keep)) await rm(path.join(dir, old), { force: true });
  return summary;
}

/** The backup files of `dir`, newest first. */
export async function listBackups(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names
    .filter((name) => name.startsWith(PREFIX) && name.endsWith(SUFFIX))
    .sort()
    .reverse();
}

/** When the newest backup of `dir` was finished, or null when there is none. */
export async function lastBackupAt(dir: string): Promise<Date | null> {
  const [newest] = await listBackups(dir);
  return newest ? (await stat(path.join(dir, newest))).mtime : null;
}
