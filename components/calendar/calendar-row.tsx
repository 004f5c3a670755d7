import type { GridRow } from "@/lib/availability/month-grid";

/**
 * One period of the month view. The row is a button (focusable, clickable to keep the details
 * open) whose name says the row and its available days in words; its details are a tooltip tied
 * by aria-describedby, shown on hover and focus by CSS alone (month-view.module.css). Below md
 * the bars give way to the sentence and the details: the list view. Styled by data attributes, so
 * that a hundred rows stay light.
 */
export function CalendarRow({ row, index }: { row: GridRow; index: number }) {
  const tipId = `cal-details-${index}`;
  return (
    <li data-cal-row>
      <button type="button" data-cal-trigger aria-expanded="false" aria-controls={tipId} aria-describedby={tipId}>
        <strong>{row.title}</strong>
        {row.promotion && <span data-promotion> · {row.promotion}</span>}
        <span data-days>Disponible : {row.daysText}.</span>
        <span data-track aria-hidden="true">
          {row.bars.map((bar) => (
            <span key={bar.column} data-bar={bar.part} style={{ gridColumn: `${bar.column}/span ${bar.span}` }} />
          ))}
        </span>
      </button>
      <div role="tooltip" id={tipId}>
        <ul>
          {row.details.map((detail) => (
            <li key={detail.label}>
              <strong>{detail.label} :</strong> {detail.value}
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
