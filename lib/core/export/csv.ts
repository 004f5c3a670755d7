/**
 * THE CSV writer of the platform (offers, calendar, admin exports), for the spreadsheets of French
 * administrations: Excel opens a file as UTF-8 only with a byte-order mark (without it accents are
 * read as Windows-1252), and expects `;` (the French list separator, since `,` is the decimal one)
 * and CRLF line ends (RFC 4180). Every field is quoted, quotes doubled, so a name holding `;`, a
 * quote or a line break stays one cell. Text cells that a spreadsheet would run as a formula (`=`,
 * `+`, `-`, `@`, tab, CR) are prefixed with `'`: the exported text comes from users (OWASP « CSV
 * injection »); numbers are left alone, so -3 stays a number. Pure.
 */
export const CSV_BOM = "\uFEFF";
const SEPARATOR = ";";
const LINE_END = "\r\n";

export type CsvCell = string | number | boolean | null | undefined;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '""';
  let text = typeof value === "boolean" ? (value ? "oui" : "non") : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(SEPARATOR) + LINE_END;
}

/** The whole file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return CSV_BOM + csvLine(header) + rows.map(csvLine).join("");
}
