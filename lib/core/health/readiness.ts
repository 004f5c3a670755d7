import "server-only";
import { sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import journal from "@/db/migrations/meta/_journal.json";
import { lastBackupAt } from "@/db/backup/folder";
import { MINUTE_MS } from "@/lib/core/dates/durations";
import { lastJobRun } from "@/lib/core/cron/job-runs";

/** What /api/ready answers (README « En production »). Ages in seconds, null when there is nothing to measure. */
export type Readiness = {
  status: "ready" | "not_ready";
  database: "ok" | "unreachable";
  migrations: { applied: number; pending: number } | null;
  outbox: { backlog: number; oldestAgeSeconds: number | null } | null;
  cron: { lastRunAgeSeconds: number | null } | null;
  backup: { lastAgeSeconds: number | null } | null;
  /** Not a reason to stop sending traffic here, but an operator should look. */
  warnings: string[];
};

const DATABASE_TIMEOUT_MS = 3_000;
const CRON_LATE_MS = 5 * MINUTE_MS;
const OUTBOX_LATE_MS = 15 * MINUTE_MS;
const BACKUP_LATE_MS = 26 * 60 * MINUTE_MS;

const ageSeconds = (at: Date | null, now: Date) => (at ? Math.max(0, Math.round((now.getTime() - at.getTime()) / 1000)) : null);

/**
 * Ready = the database answers and every migration of this version is applied: a load balancer may
 * send traffic. The outbox, the cron and the backups are reported (with a warning when late) but do
 * not take the instance out: they do not depend on it.
 */
export async function checkReadiness(db: Database, { now = new Date(), backupDir }: { now?: Date; backupDir?: string }): Promise<Readiness> {
  try {
    return await withTimeout(measure(db, now, backupDir), DATABASE_TIMEOUT_MS);
  } catch {
    return { status: "not_ready", database: "unreachable", migrations: null, outbox: null, cron: null, backup: null, warnings: [] };
  }
}

async function measure(db: Database, now: Date, backupDir: string | undefined): Promise<Readiness> {
  const [applied] = await db.execute<{ count: number; last: string | null }>(
    sql`select count(*)::int as count, max(created_at)::text as last from drizzle.__drizzle_migrations`,
  );
  const lastApplied = Number(applied?.last ?? 0);
  const pending = journal.entries.filter((entry) => entry.when > lastApplied).length;
  const [queue] = await db.execute<{ backlog: number; oldest: string | null }>(
    sql`select count(*)::int as backlog, min(created_at)::text as oldest from outbox where status in ('QUEUED', 'SENDING')`,
  );
  const oldest = queue?.oldest ? new Date(queue.oldest) : null;
  const cronAt = await lastJobRun(db, "cron");
  const backupAt = backupDir ? await lastBackupAt(backupDir) : null;

  const warnings: string[] = [];
  if (!cronAt || now.getTime() - cronAt.getTime() > CRON_LATE_MS) warnings.push("cron: no run for more than 5 minutes");
  if (oldest && now.getTime() - oldest.getTime() > OUTBOX_LATE_MS) warnings.push("outbox: an email has been waiting for more than 15 minutes");
  if (backupDir && (!backupAt || now.getTime() - backupAt.getTime() > BACKUP_LATE_MS)) warnings.push("backup: none in the last 26 hours");
  return {
    status: pending === 0 ? "ready" : "not_ready",
    database: "ok",
    migrations: { applied: applied?.count ?? 0, pending },
    outbox: { backlog: queue?.backlog ?? 0, oldestAgeSeconds: ageSeconds(oldest, now) },
    cron: { lastRunAgeSeconds: ageSeconds(cronAt, now) },
    backup: backupDir ? { lastAgeSeconds: ageSeconds(backupAt, now) } : null,
    warnings,
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timeout")), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
