import { formatDateFr } from "@/lib/core/dates/paris";

/** « du 1er mai 2026 au 30 juin 2026 », or what is missing. Client-safe. */
export function publicationDatesText(start: string | null, end: string | null): string {
  if (start && end) return `publication du ${formatDateFr(start)} au ${formatDateFr(end)}`;
  if (start) return `publication à partir du ${formatDateFr(start)}`;
  if (end) return `publication jusqu'au ${formatDateFr(end)}`;
  return "dates de publication non renseignées";
}

/** The table cell: « du 1er mai 2026 au 30 juin 2026 ». */
export function publicationDatesCell(start: string | null, end: string | null): string {
  if (start && end) return `du ${formatDateFr(start)} au ${formatDateFr(end)}`;
  if (start) return `à partir du ${formatDateFr(start)}`;
  if (end) return `jusqu'au ${formatDateFr(end)}`;
  return "Non renseignées";
}
