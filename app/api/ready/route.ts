import { db } from "@/db/client";
import { env } from "@/lib/core/env";
import { checkReadiness } from "@/lib/core/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness for a load balancer or a supervisor (README « En production »): 200 when ready, 503 otherwise; /api/health stays the liveness answer. */
export async function GET() {
  const readiness = await checkReadiness(db, { backupDir: env().BACKUP_DIR });
  return Response.json(readiness, { status: readiness.status === "ready" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
