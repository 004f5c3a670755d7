import { Badge } from "@/components/ui/badge";

/** « Active » / « Gelée »: the word says it, the colour only repeats it. */
export function StructureStatusBadge({ frozen, size = "sm" }: { frozen: boolean; size?: "sm" | "md" }) {
  return frozen ? (
    <Badge tone="error" size={size}>
      Gelée
    </Badge>
  ) : (
    <Badge tone="success" size={size}>
      Active
    </Badge>
  );
}
