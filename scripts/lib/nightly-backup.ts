import path from "node:path";
import { TZDate } from "@date-fns/tz";
import { takeBackup } from "../../db/backup/folder";
import { addDays, PARIS_TIME_ZONE, toParisDate } from "../../lib/core/dates/paris";

/** BACKUP_TIME (« HH:MM », Paris time, `off` to disable), BACKUP_KEEP and BACKUP_DIR, with their defaults (README « Configuration »). */
export type BackupSettings = { time: string | null; keep: number; dir: string };

export function backupSettings(dataDir: string, environment: Record<string, string | undefined> = process.env): BackupSettings {
  const time = environment.BACKUP_TIME?.trim() || "03:00";
  if (time !== "off" && !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) throw new Error(`BACKUP_TIME invalide (« HH:MM » ou « off » attendu) : ${time}`);
  const keep = Number(environment.BACKUP_KEEP ?? 7);
  if (!Number.isInteger(keep) || keep < 1) throw new Error(`BACKUP_KEEP invalide (un nombre entier, 1 ou plus) : ${environment.BACKUP_KEEP}`);
  return { time: time === "off" ? null : time, keep, dir: path.resolve(environment.BACKUP_DIR ?? path.join(dataDir, "backups")) };
}

/** The next instant at `time` in Paris after `now` (03:00 exists every day: France changes clocks at 02:00). */
export function nextBackupAt(now: Date, time: string): Date {
  const [hours, minutes] = time.split(":").map(Number) as [number, number];
  for (let day = toParisDate(now); ; day = addDays(day, 1)) {
    const [year, month, date] = day.split("-").map(Number) as [number, number, number];
    const at = new Date(new TZDate(year, month - 1, date, hours, minutes, PARIS_TIME_ZONE).getTime());
    if (at > now) return at;
  }
}

/** The launcher's nightly backup of its embedded database; returns what stops it. */
export function scheduleNightlyBackup(url: string, settings: BackupSettings, log: (line: string) => void): () => void {
  const { time } = settings;
  if (!time) return () => {};
  let timer: NodeJS.Timeout;
  const plan = () => {
    const delay = nextBackupAt(new Date(), time).getTime() - Date.now();
    timer = setTimeout(async () => {
      try {
        const { file, bytes } = await takeBackup(url, settings.dir, settings.keep);
        log(`Sauvegarde : ${file} (${Math.round(bytes / 1024)} Kio)`);
      } catch (error) {
        log(`Échec de la sauvegarde : ${error instanceof Error ? error.message : String(error)}`);
      }
      plan();
    }, delay);
    timer.unref();
  };
  plan();
  return () => clearTimeout(timer);
}
