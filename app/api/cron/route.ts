import { runScheduledJobs } from "@/lib/core/cron/run-scheduled-jobs";
import { isAuthorizedCronRequest } from "@/lib/core/cron/secret";

export const dynamic = "force-dynamic";

/** The scheduled job (docs/produit.md#tache-planifiee): the launcher calls it every minute; in production, the host's scheduler. */
async function handle(request: Request) {
  if (!isAuthorizedCronRequest(request)) return Response.json({ error: "unauthorized" }, { status: 401 });
  const report = await runScheduledJobs();
  return Response.json(report, { headers: { "Cache-Control": "no-store" } });
}

export { handle as GET, handle as POST };
