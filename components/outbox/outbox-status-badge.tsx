import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { OutboxStatus } from "@/db/schema";
import { OUTBOX_STATUS_LABELS } from "@/lib/core/outbox/labels";

// How each status looks is the badge's business, so the tones live here rather than in lib/.
const OUTBOX_STATUS_TONES: Record<OutboxStatus, BadgeTone> = { QUEUED: "info", SENDING: "new", SENT: "success", FAILED: "error" };

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return (
    <Badge tone={OUTBOX_STATUS_TONES[status]} size="sm">
      {OUTBOX_STATUS_LABELS[status]}
    </Badge>
  );
}
