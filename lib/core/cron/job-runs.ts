import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/db/client";
import { jobRuns } from "@/db/schema";

/** Remembers that `name` just finished (the real clock: /api/ready compares it with the real one). */
export async function recordJobRun(db: DbOrTx, name: string, at: Date): Promise<void> {
  await db
    .insert(jobRuns)
    .values({ name, finishedAt: at })
    .onConflictDoUpdate({ target: jobRuns.name, set: { finishedAt: at } });
}

/** When `name` last finished, or null if never. */
export async function lastJobRun(db: DbOrTx, name: string): Promise<Date | null> {
  const [row] = await db.select({ finishedAt: jobRuns.finishedAt }).from(jobRuns).where(eq(jobRuns.name, name));
  return row?.finishedAt ?? null;
}
