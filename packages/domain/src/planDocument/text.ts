// Small text helpers shared by the plan parsers: keyword folding, paragraphs with line evidence,
// splitting at top-level separators, casing.
import type { Evidence } from "./types.ts";

const foldCache = new Map<string, string>();

function foldChar(ch: string): string {
  let folded = foldCache.get(ch);
  if (folded === undefined) {
    const base = (ch.normalize("NFD")[0] ?? ch).toLowerCase().replace("đ", "d");
    // Keep the string's length: offsets in folded text are offsets in the original.
    folded = base.length === ch.length ? base : ch;
    foldCache.set(ch, folded);
  }
  return folded;
}

/**
 * Lower case without diacritics ("Văn hoá" → "van hoa"), same length as the input, so that
 * keywords match whatever the tone-mark placement or a typo in a tone ("Phân đầu").
 */
export function fold(text: string): string {
  let out = "";
  for (const ch of text) out += ch < "\u0080" ? ch.toLowerCase() : foldChar(ch);
  return out;
}

/** Upper-cases the first letter ("công nghiệp-xây dựng" → "Công nghiệp-xây dựng"). */
export function capitalize(text: string): string {
  return text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** The end of `text` without trailing spaces and separators in `trailing` (a loop: no regex backtracking). */
export function trimmedEnd(text: string, trailing = " .,;:"): number {
  let end = text.length;
  while (end > 0 && (trailing.includes(text[end - 1] ?? "") || /\s/.test(text[end - 1] ?? ""))) end--;
  return end;
}

/** Trims spaces and trailing separators (". ; , :"). */
export function trimPunctuation(text: string): string {
  return text.slice(0, trimmedEnd(text)).trim();
}

/** Trims spaces and trailing ";" "," ":" but keeps a final period, as sentences are quoted. */
export function trimSeparators(text: string): string {
  return text.slice(0, trimmedEnd(text, " ,;:")).trim();
}

/**
 * An upper-case line in sentence case, keeping an abbreviated prefix ("TM. ỦY BAN NHÂN DÂN" →
 * "TM. Ủy ban nhân dân") and restoring the given proper names ("phường tân hưng" → "phường Tân Hưng").
 */
export function sentenceCase(text: string, properNames: readonly string[] = []): string {
  if (/\p{Ll}/u.test(text)) return text;
  const prefix = /^(?:TM|KT|TL|TUQ|Q)\.\s*/u.exec(text)?.[0] ?? "";
  let rest = capitalize(text.slice(prefix.length).toLowerCase());
  for (const name of properNames) {
    rest = rest.replace(new RegExp(name.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "gu"), name);
  }
  return prefix + rest;
}

/** Consecutive lines read as one text; `starts[i]` is where line `fromLine + i` begins in `text`. */
export interface Paragraph {
  fromLine: number;
  toLine: number;
  text: string;
  starts: number[];
}

/** The line of a paragraph on which an offset of its text falls. */
function lineAt(paragraph: Paragraph, offset: number): number {
  let index = 0;
  while (index + 1 < paragraph.starts.length && (paragraph.starts[index + 1] ?? Number.POSITIVE_INFINITY) <= offset) {
    index++;
  }
  return paragraph.fromLine + index;
}

/** Lines of a paragraph covered by the offsets [start, end). */
export function evidenceOf(paragraph: Paragraph, start: number, end: number): Evidence {
  return { fromLine: lineAt(paragraph, start), toLine: lineAt(paragraph, Math.max(start, end - 1)) };
}

/**
 * Lines that start a new item even without a blank line before: bullets, "(1)", "a)", "2.1.", "IV.",
 * "Chỉ tiêu 3:", and annex notes "(… Phụ lục 01 …)".
 */
export const ITEM_START =
  /^(?:[-+]\s|\(\d{1,3}\)|\d{1,3}\)\s|[a-zđ]\)\s|\d{1,2}\.(?:\d{1,2}\.?)?\s|(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s|Chỉ tiêu \d{1,3}\s*[:.]|\([^)]{0,200}Phụ lục)/u;

/** How a caller splits paragraphs differently: lines that end one (`skip`), lines that start one. */
export interface ParagraphRules {
  skip?: (n: number) => boolean;
  startsNew?: (line: string) => boolean;
}

/**
 * Paragraphs of lines `from`..`to` (1-based, inclusive): runs of non-blank lines, a new one also at
 * each line that starts an item (`ITEM_START`, or `rules.startsNew`). Lines are joined with one space.
 */
export function paragraphs(
  lines: readonly string[],
  from: number,
  to: number,
  rules: ParagraphRules = {},
): Paragraph[] {
  const result: Paragraph[] = [];
  let current: Paragraph | null = null;
  const startsNew = rules.startsNew ?? ((line: string) => ITEM_START.test(line));
  for (let n = from; n <= to; n++) {
    const line = lines[n - 1] ?? "";
    if (line === "" || rules.skip?.(n)) {
      current = null;
      continue;
    }
    // "… tăng bình quân 05" / "- 06%/năm": a range broken before its dash, not a bullet.
    const rangeGoesOn = current !== null && /\d$/.test(lines[n - 2] ?? "") && /^[-–]\s*\d/.test(line);
    if (current === null || (startsNew(line) && !rangeGoesOn)) {
      current = { fromLine: n, toLine: n, text: line, starts: [0] };
      result.push(current);
    } else {
      current.starts.push(current.text.length + 1);
      current.text += ` ${line}`;
      current.toLine = n;
    }
  }
  return result;
}

/** A span of `text`: [start, end) offsets. */
export interface Span {
  start: number;
  end: number;
}

/** Top-level parenthesised groups "( … )" (nested ones stay inside); an unclosed one runs to the end. */
export function parentheses(text: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") {
      if (depth === 0) start = i;
      depth++;
    } else if (ch === ")" && depth > 0) {
      depth--;
      if (depth === 0) spans.push({ start, end: i + 1 });
    }
  }
  if (depth > 0) spans.push({ start, end: text.length });
  return spans;
}

/** Offsets of `text` from `from` on that are outside parentheses and “quotes” opened after `from`. */
function* topLevelOffsets(text: string, from = 0): Generator<number> {
  let depth = 0;
  let quoted = false;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (ch === "(") depth++;
    else if (ch === ")") depth = Math.max(0, depth - 1);
    else if (ch === "“") quoted = true;
    else if (ch === "”") quoted = false;
    else if (depth === 0 && !quoted) yield i;
  }
}

/** The first offset from `from` on, outside parentheses and quotes, where `test` holds; -1 if none. */
export function findTopLevel(text: string, from: number, test: (i: number) => boolean): number {
  for (const i of topLevelOffsets(text, from)) if (test(i)) return i;
  return -1;
}

/** A separator found by `splitTopLevel`: `keep` of its `length` characters stay with the part before. */
export interface Separator {
  length: number;
  keep: number;
}

/**
 * Splits `text` at separators outside parentheses and quotes; `separatorAt(i)` says whether one
 * starts at i. Parts keep their offsets; blank parts are dropped.
 */
export function splitTopLevel(text: string, separatorAt: (i: number) => Separator | null): Span[] {
  const parts: Span[] = [];
  let start = 0;
  for (const i of topLevelOffsets(text)) {
    if (i < start) continue;
    const separator = separatorAt(i);
    if (separator) {
      parts.push({ start, end: i + separator.keep });
      start = i + separator.length;
    }
  }
  parts.push({ start, end: text.length });
  return parts.filter((part) => text.slice(part.start, part.end).trim() !== "");
}

/** A span without the spaces at its ends. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}

/**
 * Splits at ";" and at sentence ends (". " before a capital letter or a digit). A final period stays
 * with its sentence; separators ";" do not.
 */
export function clauses(text: string): Span[] {
  return splitTopLevel(text, (i) => {
    const ch = text[i];
    if (ch === ";") return { length: 1, keep: 0 };
    if (ch === "." && /^\s+[\p{Lu}\d]/u.test(text.slice(i + 1, i + 4))) return { length: 1, keep: 1 };
    return null;
  }).map((span) => trimSpan(text, span));
}

/** An ISO date from day, month and year if they make a real date. */
export function isoDate(day: number, month: number, year: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The first date written "ngày 07/01/2026", "ngày 7-1-2026" or "ngày 7 tháng 1 năm 2026". */
export function findDate(text: string): { iso: string | null; text: string; index: number } | null {
  const match = /ngày\s+(\d{1,2})(?:\s*[/.-]\s*|\s+tháng\s+)(\d{1,2})(?:\s*[/.-]\s*|\s+năm\s+)(\d{4})/iu.exec(text);
  if (!match) return null;
  const [whole, day, month, year] = match;
  return { iso: isoDate(Number(day), Number(month), Number(year)), text: whole, index: match.index };
}
