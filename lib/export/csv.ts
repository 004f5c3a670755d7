/**
 * CSV for spreadsheets used in French administrations: Excel opens a file as UTF-8 only with a
 * byte-order mark, and expects `;` (the French list separator, since `,` is the decimal one) and
 * CRLF line ends (RFC 4180). Cells that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
 * tab, CR) are prefixed with `'`: the exported text comes from users (OWASP « CSV injection »).
 * Pure; usable by every export of the platform.
 */
export const CSV_BOM = "\uFEFF";
const SEPARATOR = ";";
const LINE_END = "\r\n";

export type CsvCell = string | number | boolean | null | undefined;

function escapeCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "boolean" ? (value ? "oui" : "non") : String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  const lines = [header, ...rows].map((cells) => cells.map(escapeCell).join(SEPARATOR) + LINE_END);
  return CSV_BOM + lines.join("");
}
