import Link from "next/link";
import { formatDateTimeFr } from "@/lib/core/dates/paris";
import type { ActivityEntry } from "@/lib/offers/queries";

/** Lines of a structure's activity, latest first: « Activité » (the latest 12) and « Toute l'activité ». */
export function ActivityList({ entries, linkOffers, label }: { entries: ActivityEntry[]; linkOffers: boolean; label?: string }) {
  return (
    <ul className="m-0 list-none p-0" aria-label={label}>
      {entries.map((entry) => (
        <li key={entry.id} className="border-b border-grey-900 py-3">
          <span className="block text-xs text-grey-425">{formatDateTimeFr(entry.at)}</span>
          {/* A deleted offer has no page any more: its line stays, without a link. */}
          {entry.offerId && linkOffers && !entry.offerDeleted ? <Link href={`/espace/offres/${entry.offerId}`}>{entry.summary}</Link> : entry.summary}
        </li>
      ))}
    </ul>
  );
}
