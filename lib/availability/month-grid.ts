import type { CalendarPeriod } from "./calendar";
import { availableDaysInMonth, monthColumns, periodHolidayRule, runsOf, type HolidayRule, type DayPart, type MonthColumn, type MonthKey } from "./days";
import { describeDateRange, describeExcludedDates, describeHalfDays, describeRuns, describeSlots, periodTitle } from "./describe";
import { MODALITY_LABELS } from "./schemas";

/**
 * The month view as data (pure, unit-tested): one row per period with its bars placed on day
 * columns, the sentence that says the same bars in words (list view, screen readers), and the
 * details shown on hover and focus (docs/produit.md#disponibilites-et-calendrier: continu / fractionné, matins / après-midis, comment).
 */
export type GridBar = { column: number; span: number; part: DayPart };
export type GridDetail = { label: string; value: string };
export type GridRow = { id: string; title: string; promotion: string | null; daysText: string; availableDays: number; bars: GridBar[]; details: GridDetail[] };
export type MonthGrid = { month: MonthKey; columns: MonthColumn[]; rows: GridRow[]; shade: string };

const WEEKEND_SHADE = "#eeeeee"; // grey-950
const HOLIDAY_SHADE = "#fee9e9"; // red-marianne-950

/**
 * One CSS gradient that paints the weekend and holiday columns behind every row: one inline
 * style for the whole grid rather than a cell per day and per row.
 */
export function shadeGradient(columns: readonly MonthColumn[]): string {
  const width = 100 / columns.length;
  const stops = columns.flatMap((column, index) => {
    const colour = column.holiday ? HOLIDAY_SHADE : column.isWeekend ? WEEKEND_SHADE : "transparent";
    const from = (index * width).toFixed(4);
    const to = ((index + 1) * width).toFixed(4);
    return [`${colour} ${from}%`, `${colour} ${to}%`];
  });
  return `linear-gradient(to right, ${stops.join(", ")})`;
}

/**
 * The row's holidays: Alsace-Moselle's two are off when the view is Alsace-Moselle's alone (its
 * columns are shaded) or when the period's students can only go there.
 */
export function rowHolidayRule(period: CalendarPeriod, view: HolidayRule = {}): HolidayRule {
  return { alsaceMoselle: Boolean(view.alsaceMoselle || periodHolidayRule(period).alsaceMoselle) };
}

export function buildRow(period: CalendarPeriod, month: MonthKey, departmentName: (code: string) => string, view: HolidayRule = {}): GridRow {
  const days = availableDaysInMonth(period, month, rowHolidayRule(period, view));
  const runs = runsOf(days);
  const details: GridDetail[] = [];
  if (period.promotion) details.push({ label: "Promotion", value: period.promotion });
  details.push(
    { label: "Période", value: describeDateRange(period.startDate, period.endDate) },
    { label: "Modalité", value: `${MODALITY_LABELS[period.modality]}, ${describeHalfDays(period.weeklySlots)}` },
    { label: "Demi-journées", value: describeSlots(period.weeklySlots, period.modality) },
    { label: "Départements", value: period.departmentCodes.length > 0 ? period.departmentCodes.map(departmentName).join(", ") : "toute la région" },
  );
  if (period.excludedDates.length > 0) details.push({ label: "Dates exclues", value: describeExcludedDates(period.excludedDates) });
  if (period.comment) details.push({ label: "Commentaire", value: period.comment });
  return {
    id: period.id,
    title: periodTitle(period),
    promotion: period.promotion,
    daysText: describeRuns(runs),
    availableDays: days.length,
    bars: runs.map((run) => ({ column: Number(run.start.slice(8, 10)), span: run.length, part: run.part })),
    details,
  };
}

export function buildMonthGrid(
  periods: readonly CalendarPeriod[],
  month: MonthKey,
  departmentName: (code: string) => string,
  options: { alsaceMoselle?: boolean } = {},
): MonthGrid {
  const columns = monthColumns(month, options);
  return { month, columns, rows: periods.map((period) => buildRow(period, month, departmentName, options)), shade: shadeGradient(columns) };
}
