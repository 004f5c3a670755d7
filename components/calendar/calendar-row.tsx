import type { GridRow } from "@/lib/availability/month-grid";

const BAR_ROWS = { day: "1 / span 2", am: "1", pm: "2" } as const;

/**
 * One period of the month view. The row is a button (focusable, clickable to keep the details
 * open) whose name says the row and its available days in words; its details are a tooltip tied
 * by aria-describedby, shown on hover and focus by CSS alone. Below md the bars give way to the
 * sentence and the details: the list view.
 */
export function CalendarRow({ row }: { row: GridRow }) {
  const tipId = `cal-details-${row.id}`;
  return (
    <li data-cal-row className="group relative border-b border-grey-900 py-2">
      <button
        type="button"
        data-cal-trigger
        aria-expanded="false"
        aria-controls={tipId}
        aria-describedby={tipId}
        className="block w-full cursor-pointer px-1 py-1 text-left hover:bg-grey-975"
      >
        <span className="block text-sm font-bold text-grey-50">{row.title}</span>
        <span className="block text-sm text-grey-200 md:sr-only">Disponible : {row.daysText}.</span>
        <span aria-hidden="true" className="mt-1 hidden h-6 [grid-template-columns:repeat(var(--cal-days),minmax(0,1fr))] grid-rows-2 [background-image:var(--cal-shade)] md:grid">
          {row.bars.map((bar) => (
            <span
              key={bar.column}
              data-bar={bar.part}
              className="mx-px rounded-sm bg-blue-france"
              style={{ gridColumn: `${bar.column} / span ${bar.span}`, gridRow: BAR_ROWS[bar.part] }}
            />
          ))}
        </span>
      </button>
      <div
        role="tooltip"
        id={tipId}
        className="mt-1 border-l-2 border-blue-france pl-3 text-sm md:absolute md:top-full md:left-0 md:z-20 md:mt-0 md:hidden md:w-[min(36rem,100%)] md:border md:border-grey-900 md:bg-white md:p-3 md:shadow-overlap md:group-focus-within:block md:group-hover:block md:group-data-[open=true]:block md:group-data-[dismissed=true]:hidden!"
      >
        <ul className="m-0 list-none p-0">
          {row.details.map((detail) => (
            <li key={detail.label}>
              <span className="font-bold text-grey-50">{detail.label} :</span> {detail.value}
              <span className="sr-only">.</span>
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}
