import { describeDateRange } from "@/lib/availability/describe";
import type { OverlapNote } from "@/lib/availability/queries";

/** « Chevauche la période … » of the same cohort: allowed, but often a period declared twice. */
export function OverlapWarning({ overlaps }: { overlaps: OverlapNote[] }) {
  if (overlaps.length === 0) return null;
  return (
    <ul className="m-0 mt-1 list-none p-0 text-xs font-bold text-warning" data-testid="overlap-warning">
      {overlaps.map((overlap) => (
        <li key={overlap.id}>
          Chevauche la période {describeDateRange(overlap.startDate, overlap.endDate)}
          {overlap.promotion ? ` (${overlap.promotion})` : ""} de la même promotion
        </li>
      ))}
    </ul>
  );
}
