// Targets stated in a table ("PHỤ LỤC 01 – ĐỊNH HƯỚNG PHÁT TRIỂN …": TT | Chỉ tiêu | ĐVT | Năm 2025 …
// Năm 2030, or TT | Sản phẩm | Kế hoạch 2026 … 2030 with Lượng (Tấn) and Giá trị (Nghìn USD) under
// each year). Each row that names something and gives figures is an indicator whose target is its
// figure for the last period; a numbered row without figures ("1 | Cà phê") gathers the "-" rows
// under it ("Diện tích | Ha | … | 30.000") as its targets; a roman row ("I | CÂY CÔNG NGHIỆP") is a
// group. The direction follows the figures over the periods.
//
// Crawled tables hold one cell per line between "|" lines, and two "|" lines in a row are an empty
// cell or a row's end; rows are therefore told apart by their first cells (a number and a name), not
// by counting columns, which merged header cells make unreliable.
import { parseVietnameseNumber } from "../format.ts";
import type { TargetDirection } from "../target.ts";
import { type Cell, pipeTables } from "./annexTable.ts";
import { areaOf } from "./areas.ts";
import type { IndicatorsResult } from "./indicators.ts";
import { fold } from "./text.ts";
import type { Indicator, IndicatorGroup, LocatedTarget } from "./types.ts";

const STT = /^(?:[IVX]{1,5}|[A-ZĐ]|[a-zđ]|\d{1,3}(?:\.\d{1,2}){0,2})[.)]?$|^[-+•]$/u;
const ROMAN_OR_LETTER = /^(?:[IVX]{1,5}|[A-ZĐ])[.)]?$/u;
const NUMBER_CELL = /^[-+]?\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^[-+]?\d+(?:[.,]\d+)?$/u;
const YEAR = /(?<!\d)(20\d\d)(?!\d)/g;
// "Tổng cộng", "Tổng số", "Tổng I + II", "Cộng": sums of other rows ("Tổng đàn", a herd, is a row).
const TOTAL = /^(?:tổng\s+(?:cộng|số|[IVX\d])|cộng)(?![\p{L}])/iu;
const UNIT_IN_HEADER = /\(([^()]{1,30})\)\s*$/u;
const MAX_UNIT_LENGTH = 20;

const isName = (text: string) => /\p{L}/u.test(text) && !STT.test(text) && !NUMBER_CELL.test(text);
// A row starts with its number and its name; a sum row often has no number ("| | Tổng cộng | …").
const isRowStart = (tokens: Cell[], i: number) =>
  (STT.test(tokens[i]?.text ?? "") && isName(tokens[i + 1]?.text ?? "")) ||
  (tokens[i]?.text === "" && TOTAL.test(tokens[i + 1]?.text ?? ""));

interface Row {
  stt: string;
  name: string;
  unit: string | null;
  /** Cells after the name (and the unit), empty ones kept: their position says which column. */
  values: Cell[];
  fromLine: number;
  toLine: number;
}

function rowsOf(tokens: Cell[], start: number): Row[] {
  const starts: number[] = [];
  for (let i = start; i < tokens.length; i++) if (isRowStart(tokens, i)) starts.push(i);
  return starts.map((at, k) => {
    const end = starts[k + 1] ?? tokens.length;
    let cells = tokens.slice(at + 2, end);
    // The empty token before the next row is the row's end, not a cell.
    if (cells.at(-1)?.text === "") cells = cells.slice(0, -1);
    const first = cells[0]?.text ?? "";
    const hasUnit = first !== "" && first.length <= MAX_UNIT_LENGTH && (isName(first) || /^(?:%|‰)$/.test(first));
    return {
      stt: tokens[at]?.text ?? "",
      name: tokens[at + 1]?.text ?? "",
      unit: hasUnit ? first : null,
      values: hasUnit ? cells.slice(1) : cells,
      fromLine: tokens[at]?.fromLine ?? 0,
      toLine: tokens[Math.max(at + 1, end - 1)]?.toLine ?? 0,
    };
  });
}

/** Units of the repeated columns under each period ("Lượng (Tấn)", "Giá trị … (Nghìn USD)"). */
function columnUnits(header: Cell[]): string[] {
  const units = header.map((t) => UNIT_IN_HEADER.exec(t.text)?.[1]?.trim() ?? null);
  const listed = units.filter((u): u is string => u !== null);
  for (let period = 1; period <= listed.length / 2; period++) {
    if (listed.length % period !== 0) continue;
    if (listed.every((u, i) => u === listed[i % period])) return listed.slice(0, period);
  }
  return [];
}

const numberOf = (token: Cell | undefined) =>
  token && NUMBER_CELL.test(token.text) ? parseVietnameseNumber(token.text) : null;

function directionOf(series: number[]): TargetDirection {
  const first = series[0];
  const last = series.at(-1);
  if (first === undefined || last === undefined || series.length < 2) return "INCREASE";
  return last < first ? "DECREASE" : last === first ? "MAINTAIN" : "INCREASE";
}

function target(
  value: number,
  unit: string | null,
  series: number[],
  text: string,
  token: Cell,
  year: number | null,
): LocatedTarget {
  return {
    kind: "QUANTITATIVE",
    comparator: "EQ",
    value,
    min: null,
    max: null,
    unit,
    measure: unit === "%" ? "PERCENT" : null,
    currency: /USD/i.test(unit ?? "") ? "USD" : /đồng/i.test(unit ?? "") ? "VND" : null,
    scale: null,
    perQuantity: null,
    perUnit: null,
    direction: directionOf(series),
    basis: "LEVEL",
    qualitativeKind: null,
    year,
    text,
    confidence: 0.7,
    start: 0,
    end: text.length,
    evidence: { fromLine: token.fromLine, toLine: token.toLine },
  };
}

/** The targets of a row: its last period's figure, or one per repeated column. */
function rowTargets(row: Row, units: string[], lastYear: number | null): LocatedTarget[] {
  const when = lastYear ? ` năm ${lastYear}` : "";
  if (units.length > 1 && row.values.length % units.length === 0) {
    const periods = row.values.length / units.length;
    return units.flatMap((unit, column) => {
      const series = Array.from({ length: periods }, (_, p) => numberOf(row.values[p * units.length + column])).filter(
        (v): v is number => v !== null,
      );
      const token = row.values[(periods - 1) * units.length + column];
      const value = numberOf(token);
      return value === null || !token
        ? []
        : [target(value, unit, series, `${row.name}${when}: ${token.text} ${unit}`, token, lastYear)];
    });
  }
  const figures = row.values.filter((t) => numberOf(t) !== null);
  const last = figures.at(-1);
  const value = numberOf(last);
  if (value === null || !last) return [];
  const series = figures.map((t) => numberOf(t) ?? 0);
  const unit = row.unit ?? units[0] ?? null;
  return [target(value, unit, series, `${row.name}${when}: ${last.text}${unit ? ` ${unit}` : ""}`, last, lastYear)];
}

function isTargetTable(header: Cell[]): boolean {
  const words = fold(header.map((t) => t.text).join(" "));
  return /chi tieu|san pham|noi dung|ten /.test(words) && !/chu tri|phoi hop/.test(words);
}

/** Indicators read from the plan's tables of targets; `from` numbers them after those already read. */
export function parseAnnexTargets(
  lines: readonly string[],
  rawLines: readonly string[],
  from: number,
): IndicatorsResult {
  const result: IndicatorsResult = { groups: [], indicators: [], annexes: [] };
  for (const { cells: tokens } of pipeTables(lines, rawLines)) {
    const firstRow = tokens.findIndex((_, i) => isRowStart(tokens, i));
    if (firstRow < 0 || !isTargetTable(tokens.slice(0, firstRow))) continue;
    const header = tokens.slice(0, firstRow);
    const units = columnUnits(header);
    const years = [
      ...header
        .map((t) => t.text)
        .join(" ")
        .matchAll(YEAR),
    ].map((m) => Number(m[1]));
    const lastYear = years.length > 0 ? Math.max(...years) : null;
    let group: IndicatorGroup | null = null;
    let parent: Indicator | null = null;
    // A group row right above "-" rows ("V | BÒ SỮA" then "- | Tổng đàn | Con | …") is what they measure.
    let groupAbove: Row | null = null;
    for (const row of rowsOf(tokens, firstRow)) {
      if (TOTAL.test(row.name)) continue;
      const targets = rowTargets(row, units, lastYear);
      const evidence = { fromLine: row.fromLine, toLine: row.toLine };
      const above = groupAbove;
      groupAbove = null;
      if (targets.length === 0) {
        if (ROMAN_OR_LETTER.test(row.stt)) {
          group = {
            code: row.stt.replace(/[.)]$/, ""),
            title: row.name,
            area: areaOf(row.name),
            evidence,
            confidence: 0.6,
          };
          result.groups.push(group);
          parent = null;
          groupAbove = row;
        } else {
          parent = indicatorOf(row.name, group, evidence, from + result.indicators.length + 1);
          result.indicators.push(parent);
        }
        continue;
      }
      if (!parent && above && /^[-+•]$/.test(row.stt)) {
        const span = { fromLine: above.fromLine, toLine: above.toLine };
        parent = indicatorOf(above.name, group, span, from + result.indicators.length + 1);
        result.indicators.push(parent);
      }
      if (parent && /^[-+•]$/.test(row.stt)) {
        parent.targets.push(...targets);
        parent.sourceText += `; ${row.name}`;
        parent.evidence.toLine = row.toLine;
        continue;
      }
      parent = null;
      const indicator = indicatorOf(row.name, group, evidence, from + result.indicators.length + 1);
      indicator.targets.push(...targets);
      result.indicators.push(indicator);
    }
  }
  result.indicators = result.indicators.filter((i) => i.targets.length > 0);
  return result;
}

function indicatorOf(
  name: string,
  group: IndicatorGroup | null,
  evidence: Indicator["evidence"],
  number: number,
): Indicator {
  return {
    number,
    code: String(number),
    group: group?.code ?? null,
    area: group?.area ?? null,
    name,
    sourceText: name,
    targets: [],
    subIndicators: [],
    applicableFromYear: null,
    note: null,
    evidence: { ...evidence },
    confidence: 0.7,
  };
}
