import { Table, Th } from "@/components/ui/table";
import { SuccessIcon } from "@/components/ui/icons";
import { DAY_RECEPTION_LABELS, WEEKDAY_LABELS, type MonthGridRow, type WeeklyGridRow } from "@/lib/offers/catalogue/weekly-grid";

function Slot({ open }: { open: boolean }) {
  // The word carries the meaning (RGAA 3.1); the icon only repeats it for the eye.
  return open ? (
    <span className="inline-flex items-center gap-1 font-medium text-success">
      <SuccessIcon className="size-4" />
      Oui
    </span>
  ) : (
    <span className="text-grey-425">Non</span>
  );
}

/** The « Plage d'accueil » as a data table: one row per day, a column per half-day (RGAA 5). */
export function WeeklyGrid({ rows, caption = "Plage d'accueil" }: { rows: WeeklyGridRow[]; caption?: string }) {
  return (
    <Table caption={caption} className="max-w-md">
      <thead>
        <tr>
          <Th>Jour</Th>
          <Th>Matin</Th>
          <Th>Après-midi</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.day}>
            <Th scope="row" className="font-normal">
              {row.label}
            </Th>
            <td>
              <Slot open={row.morning} />
            </td>
            <td>
              <Slot open={row.afternoon} />
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** « Plage d'accueil » selon le mois: a row per month, a column per day, each cell the half-days received that day. */
export function MonthlyGrid({ rows, caption }: { rows: MonthGridRow[]; caption: string }) {
  const days = Object.values(WEEKDAY_LABELS);
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>Mois</Th>
          {days.map((day) => (
            <Th key={day}>{day}</Th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.month}>
            <Th scope="row" className="font-normal whitespace-nowrap">
              {row.label}
            </Th>
            {row.days.map((reception, index) => (
              <td key={index}>
                {reception ? <span className="font-medium text-success">{DAY_RECEPTION_LABELS[reception]}</span> : <span className="text-grey-425">Non</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
