// Pipe tables as crawled from legal portals: one cell per line, a line "|" alone between cells, a row
// ended by a "|" line — so two "|" lines in a row are a row's end and the next row's start, or an empty
// cell; the header's column count tells which, and a row of merged cells (a group row "I | NHÓM …")
// ends early, before the next row's number. Markdown tables ("| a | b |" on one line) are read too.
// A table whose header has a content column ("Nội dung", "Nhiệm vụ") and a column of who or when
// ("Đơn vị chủ trì", "Phối hợp", "Thời gian hoàn thành") is a task table: its rows are tasks, grouped
// as the table groups them (rows numbered "I", "A" or "a" with no unit are groups).
import { cleanLine } from "./blocks.ts";
import { normalizePlanText } from "./normalize.ts";
import { fold } from "./text.ts";
import type { Evidence } from "./types.ts";

export interface Cell extends Evidence {
  text: string;
}

export interface PipeTable extends Evidence {
  rows: Cell[][];
  /**
   * The cells in reading order, before they are split into rows: a crawled table's as written (an
   * empty one between two "|" lines), a markdown table's with an empty one ending each row, as a
   * crawled row ends. For readers that tell rows apart by their first cells, not by column count.
   */
  cells: Cell[];
}

const SEPARATOR = /^\s*\|\s*$/;
const ROW_LINE = /^\s*\|.*\|\s*$/;
// What the first cell of a row holds: "1", "1.2", "I", "A", "a", "-".
const STT = /^(?:[IVXLC]{1,6}|[A-ZĐ]|[a-zđ]|\d{1,3}(?:\.\d{1,3}){0,3})[.)]?$|^[-+•]$/u;

/** The first non-blank line from line `from` on (1-based), "" at the end. */
function nextNonBlank(raw: readonly string[], from: number): string {
  for (let n = from; n <= Math.min(raw.length, from + 2); n++) {
    const line = raw[n - 1] ?? "";
    if (line.trim() !== "") return line;
  }
  return "";
}

function cellOf(lines: readonly string[], from: number, to: number): Cell {
  const text = lines
    .slice(from - 1, to)
    .map(cleanLine)
    .filter((line) => line !== "")
    .join(" ");
  return { text, fromLine: from, toLine: Math.max(from, to) };
}

/** Rows of a one-cell-per-line table from its cells; an empty cell at a row's end may be its boundary. */
function rowsOf(cells: Cell[]): Cell[][] {
  const headerEnd = cells.findIndex((cell) => cell.text === "");
  const header = headerEnd < 0 ? cells : cells.slice(0, headerEnd);
  const width = header.length;
  const rows: Cell[][] = [header];
  let row: Cell[] = [];
  for (let i = headerEnd < 0 ? cells.length : headerEnd + 1; i < cells.length; i++) {
    const cell = cells[i] as Cell;
    if (row.length >= width) {
      rows.push(row);
      row = [];
      if (cell.text === "") continue;
    } else if (cell.text === "" && row.length >= 2 && STT.test(cells[i + 1]?.text ?? "")) {
      // A row of merged cells ("I | NHÓM GIẢI PHÁP …") ends before the next row's number.
      rows.push(row);
      row = [];
      continue;
    }
    row.push(cell);
  }
  if (row.some((cell) => cell.text !== "")) rows.push(row);
  return rows.filter((r) => r.length > 0);
}

/** Every pipe table of the text: `lines` normalised, `raw` as given (the same line numbers). */
export function pipeTables(lines: readonly string[], raw: readonly string[]): PipeTable[] {
  const tables: PipeTable[] = [];
  let n = 1;
  while (n <= raw.length) {
    const line = raw[n - 1] ?? "";
    if (SEPARATOR.test(line)) {
      const cells: Cell[] = [];
      let start = n;
      let last = n;
      for (let k = n + 1; k <= raw.length + 1; k++) {
        const next = raw[k - 1];
        if (next !== undefined && !SEPARATOR.test(next)) continue;
        // At the end of the text, what follows the last separator is a cell only if it holds text.
        if (next === undefined) {
          if (k - 1 > start) cells.push(cellOf(lines, start + 1, k - 1));
          break;
        }
        cells.push(cellOf(lines, start + 1, k - 1));
        start = k;
        last = k;
        // A separator followed by a blank line (or the end) closes the table, unless a cell follows.
        if ((raw[k] ?? "").trim() === "" && !SEPARATOR.test(nextNonBlank(raw, k + 1))) break;
      }
      if (cells.length > 1) tables.push({ fromLine: n, toLine: last, rows: rowsOf(cells), cells });
      n = last + 1;
      continue;
    }
    if (ROW_LINE.test(line)) {
      const rows: Cell[][] = [];
      let k = n;
      for (; k <= raw.length && ROW_LINE.test(raw[k - 1] ?? ""); k++) {
        const cells = (raw[k - 1] ?? "")
          .trim()
          .replace(/^\|/, "")
          .replace(/\|$/, "")
          .split(/(?<!\\)\|/)
          .map((cell) => ({ text: cleanLine(normalizePlanText(cell)[0] ?? ""), fromLine: k, toLine: k }));
        if (!cells.every((cell) => /^:?-{3,}:?$/.test(cell.text) || cell.text === "")) rows.push(cells);
      }
      if (rows.length > 1) {
        const cells = rows.flatMap((row) => [
          ...row,
          { text: "", fromLine: row[0]?.fromLine ?? n, toLine: row[0]?.toLine ?? n },
        ]);
        tables.push({ fromLine: n, toLine: k - 1, rows, cells });
      }
      n = k;
      continue;
    }
    n++;
  }
  return tables;
}

export type Column = "stt" | "content" | "lead" | "cooperating" | "deadline" | "output";

/** What a header cell says its column holds (folded words: "đơn vị chủ trì" → "don vi chu tri"). */
export function columnOf(header: string): Column | null {
  const words = fold(header).replace(/\s+/g, " ").trim();
  if (/^(?:stt|tt|so tt|so thu tu)$/.test(words)) return "stt";
  if (/phoi hop/.test(words) && !/chu tri/.test(words)) return "cooperating";
  if (/chu tri|(?:don vi|co quan) (?:thuc hien|phu trach|chiu trach nhiem|tham muu)|trach nhiem thuc hien/.test(words))
    return "lead";
  if (/thoi gian|thoi han|tien do|hoan thanh|moc/.test(words)) return "deadline";
  if (/san pham|ket qua|hinh thuc van ban/.test(words)) return "output";
  if (/noi dung|nhiem vu|giai phap|cong viec|hoat dong|ten (?:de an|du an|chuong trinh)|danh muc/.test(words))
    return "content";
  return null;
}

export interface TableGroup {
  /** As written in the first column ("I", "A", "1"). */
  label: string;
  title: string;
}

export interface TableTask {
  /** The row's number as written ("1", "2.3"), "" when it has none. */
  number: string;
  content: string;
  lead: string | null;
  cooperating: string | null;
  deadline: string | null;
  output: string | null;
  /** The groups the row is in, outermost first. */
  groups: TableGroup[];
  evidence: Evidence;
}

export interface TaskTable extends Evidence {
  tasks: TableTask[];
}

const ROMAN_OR_LETTER = /^(?:[IVXLC]{1,6}|[A-ZĐ]|[a-zđ])[.)]?$/u;
const NUMBERING_ROW = /^\(?\d{1,2}\)?$/;

/** The kind of a group's number, to nest groups: "I" > "A" > "1" as the table first uses them. */
function numberKind(label: string): string {
  if (/^[IVXLC]+[.)]?$/u.test(label)) return "roman";
  if (/^[A-ZĐ][.)]?$/u.test(label)) return "upper";
  if (/^[a-zđ][.)]?$/u.test(label)) return "lower";
  return `number${label.split(".").length}`;
}

/** The task tables among `tables`, their rows read as tasks. */
export function taskTables(tables: readonly PipeTable[]): TaskTable[] {
  const result: TaskTable[] = [];
  for (const table of tables) {
    const [header, ...rows] = table.rows;
    if (!header) continue;
    const columns = header.map((cell) => columnOf(cell.text));
    const at = (column: Column) => columns.indexOf(column);
    if (at("content") < 0 || (at("lead") < 0 && at("cooperating") < 0 && at("deadline") < 0)) continue;
    const value = (row: Cell[], column: Column) => {
      const text = row[at(column)]?.text.trim() ?? "";
      return text === "" || text === "-" ? null : text;
    };
    const groups: (TableGroup & { kind: string })[] = [];
    const tasks: TableTask[] = [];
    rows.forEach((row, index) => {
      if (row.every((cell) => NUMBERING_ROW.test(cell.text) || cell.text === "")) return;
      // A row of merged cells has its number first and its title second, whatever the columns.
      const merged = row.length < header.length && row.filter((cell) => cell.text !== "").length <= 2;
      const number = (at("stt") >= 0 ? row[at("stt")]?.text : "")?.trim() ?? "";
      const content = (merged ? row[Math.min(1, row.length - 1)]?.text : value(row, "content")) ?? "";
      if (content === "") return;
      const lead = merged ? null : value(row, "lead");
      const nextNumber = rows[index + 1]?.[at("stt")]?.text.trim() ?? "";
      const parentOfNext = /^\d/.test(number) && nextNumber.startsWith(`${number.replace(/[.)]$/, "")}.`);
      const isGroup =
        !lead &&
        (ROMAN_OR_LETTER.test(number) ||
          merged ||
          (parentOfNext && !value(row, "deadline") && !value(row, "cooperating")));
      const first = row.find((cell) => cell.text !== "") ?? row[0];
      const last = row.at(-1) ?? first;
      if (isGroup) {
        const kind = numberKind(number);
        const same = groups.findIndex((g) => g.kind === kind);
        if (same >= 0) groups.length = same;
        groups.push({ kind, label: number.replace(/[.)]$/, ""), title: content });
        return;
      }
      tasks.push({
        number: number.replace(/[.)]$/, ""),
        content,
        lead,
        cooperating: merged ? null : value(row, "cooperating"),
        deadline: merged ? null : value(row, "deadline"),
        output: merged ? null : value(row, "output"),
        groups: groups.map(({ label, title }) => ({ label, title })),
        evidence: { fromLine: first?.fromLine ?? table.fromLine, toLine: last?.toLine ?? table.toLine },
      });
    });
    if (tasks.length > 0) result.push({ fromLine: table.fromLine, toLine: table.toLine, tasks });
  }
  return result;
}
