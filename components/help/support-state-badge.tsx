import { Badge } from "@/components/ui/badge";
import { formatDateTimeFr } from "@/lib/core/dates/paris";

/** « À traiter » until an admin answers or marks the request handled. */
export function SupportStateBadge({ handledAt }: { handledAt: Date | null }) {
  return handledAt ? <Badge tone="success">Traitée le {formatDateTimeFr(handledAt)}</Badge> : <Badge tone="new">À traiter</Badge>;
}
