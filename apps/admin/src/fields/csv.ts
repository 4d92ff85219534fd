// CSV export of readable rows (labels, dates and numbers as the user reads them, never ids or
// nested objects), handed to react-admin's downloadCSV. A BOM first so that Excel reads UTF-8.
import { downloadCSV } from "react-admin";

export type CsvRow = Record<string, string | number | null | undefined>;

function cell(value: string | number | null | undefined): string {
  const text = value == null ? "" : String(value);
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly CsvRow[]): string {
  const headers = rows.length > 0 ? Object.keys(rows[0] as CsvRow) : [];
  const lines = [headers, ...rows.map((row) => headers.map((header) => row[header]))];
  return `\uFEFF${lines.map((line) => line.map(cell).join(",")).join("\r\n")}`;
}

export function downloadRows(rows: readonly CsvRow[], filename: string): void {
  downloadCSV(toCsv(rows), filename);
}
