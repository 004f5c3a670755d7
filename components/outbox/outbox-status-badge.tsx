import { Badge } from "@/components/ui/badge";
import type { OutboxStatus } from "@/db/schema";
import { OUTBOX_STATUS_LABELS, OUTBOX_STATUS_TONES } from "@/lib/core/outbox/labels";

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return (
    <Badge tone={OUTBOX_STATUS_TONES[status]} size="sm">
      {OUTBOX_STATUS_LABELS[status]}
    </Badge>
  );
}
