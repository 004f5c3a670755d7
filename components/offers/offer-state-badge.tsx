import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { OfferState } from "@/db/schema";
import { OFFER_STATE_LABELS } from "@/lib/offers/labels";

const TONES: Record<OfferState, BadgeTone> = {
  DRAFT: "neutral",
  PENDING: "new",
  VALIDATED: "info",
  PUBLISHED: "success",
  EXPIRED: "error",
};

/** « État » of an offer: the guide's word, the colour only repeats it. */
export function OfferStateBadge({ state, size = "sm" }: { state: OfferState; size?: "sm" | "md" }) {
  return (
    <Badge tone={TONES[state]} size={size}>
      {OFFER_STATE_LABELS[state]}
    </Badge>
  );
}
