// The outline of a plan: its numbered headings ("I.", "1.", "2.1.", "a)") with the lines each one
// spans, and the shared state of one parse (normalised lines, which lines some part has read, what
// could not be read).
import { normalizePlanText } from "./normalize.ts";
import { fold, ITEM_START, type Paragraph, paragraphs } from "./text.ts";
import type { Evidence, Unparsed } from "./types.ts";

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface Heading {
  level: HeadingLevel;
  /** "III", "2", "2.1", "a". */
  label: string;
  title: string;
  /** 1-based line of the heading. */
  line: number;
  /** Last line of the heading's title: a title wraps over lines in crawled and PDF text. */
  titleEnd: number;
  /** Last line of its section (before the next heading of the same or a higher level). */
  end: number;
  parent: Heading | null;
}

export interface Outline {
  headings: Heading[];
  /** First line of the closing part ("Trên đây là …", "Nơi nhận", signature); lines + 1 if none. */
  closingStart: number;
}

const HEADINGS: [HeadingLevel, RegExp][] = [
  [1, /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s+(\S.*)$/u],
  [3, /^(\d{1,2}\.\d{1,2})\.?\s+(\S.*)$/u],
  [2, /^(\d{1,2})\.\s+(\S.*)$/u],
  [4, /^([a-zđ])\)\s+(\S.*)$/u],
];

const CLOSING_LINE = /^(?:Trên đây là|Nơi nhận\b|Ghi chú\s*:|(?:TM|KT|TL|TUQ|Q)\.\s)/iu;

// A label alone on its line, its title on the next ("**III." / "NHIỆM VỤ VÀ GIẢI PHÁP**").
const BARE_LABELS: [HeadingLevel, RegExp][] = [
  [1, /^(I|II|III|IV|V|VI|VII|VIII|IX|X)\.$/u],
  [3, /^(\d{1,2}\.\d{1,2})\.?$/u],
  [2, /^(\d{1,2})\.$/u],
  [4, /^([a-zđ])\)$/u],
];

function headingOf(line: string, n: number, next: string | undefined): Heading | null {
  if (next) {
    for (const [level, pattern] of BARE_LABELS) {
      const match = pattern.exec(line);
      if (match) return { level, label: match[1] ?? "", title: "", line: n, titleEnd: n, end: n, parent: null };
    }
  }
  for (const [level, pattern] of HEADINGS) {
    const match = pattern.exec(line);
    if (match)
      return { level, label: match[1] ?? "", title: match[2] ?? "", line: n, titleEnd: n, end: n, parent: null };
  }
  return null;
}

const MAX_TITLE_LINES = 4;
const MAX_TITLE_LENGTH = 200;
const boldMarks = (line: string) => line.match(/\*\*/g)?.length ?? 0;
const isUpper = (line: string) => /\p{Lu}/u.test(line) && line === line.toLocaleUpperCase("vi");

/**
 * The last line of a heading's title. A title goes on while its bold is open ("**I. MỤC" …
 * "ĐÍCH, YÊU CẦU**"), while a roman heading's next lines are capitals, or when the heading is a short
 * paragraph of its own broken mid-phrase ("1.1. Mục tiêu 1. Lĩnh vực" / "chính trị" / blank line).
 */
function titleEndOf(heading: Heading, lines: readonly string[], rawLines: readonly string[]): number {
  const last = Math.min(lines.length, heading.line + MAX_TITLE_LINES - 1);
  const raw = (rawLines[heading.line - 1] ?? "").trim();
  if (raw.startsWith("**") && boldMarks(raw) % 2 === 1) {
    for (let n = heading.line + 1; n <= last && lines[n - 1] !== ""; n++) {
      if (ITEM_START.test(lines[n - 1] ?? "")) break;
      if (boldMarks(rawLines[n - 1] ?? "") % 2 === 1) return n;
    }
    return heading.line;
  }
  let end = heading.line;
  while (end < last && lines[end] !== "" && !ITEM_START.test(lines[end] ?? "")) end++;
  if (end === heading.line) return end;
  const continued = lines.slice(heading.line, end);
  if (heading.level === 1 && isUpper(heading.title) && continued.every(isUpper)) return end;
  const paragraphEnds = end === lines.length || lines[end] === "";
  const joined = [heading.title, ...continued].join(" ");
  return paragraphEnds && joined.length <= MAX_TITLE_LENGTH && !/[.;]$/u.test(joined) ? end : heading.line;
}

/** Reads the numbered headings; the closing part (after the last "I."-level section) has none. */
export function readOutline(lines: readonly string[], rawLines: readonly string[] = lines): Outline {
  const found: Heading[] = [];
  for (let n = 1; n <= lines.length; n++) {
    const heading = headingOf(lines[n - 1] ?? "", n, lines[n]);
    if (!heading) continue;
    heading.titleEnd = Math.max(titleEndOf(heading, lines, rawLines), heading.title === "" ? n + 1 : n);
    if (heading.titleEnd > n) {
      heading.title = [heading.title, ...lines.slice(n, heading.titleEnd)].filter((part) => part !== "").join(" ");
    }
    found.push(heading);
    n = heading.titleEnd;
  }
  const lastSection = found.filter((h) => h.level === 1).at(-1)?.line ?? 0;
  let closingStart = lines.length + 1;
  for (let n = lastSection + 1; n <= lines.length; n++) {
    if (CLOSING_LINE.test(lines[n - 1] ?? "")) {
      closingStart = n;
      break;
    }
  }
  const headings = found.filter((h) => h.line < closingStart);
  const open: Heading[] = [];
  for (const heading of headings) {
    for (let top = open.at(-1); top && top.level >= heading.level; top = open.at(-1)) {
      top.end = heading.line - 1;
      open.pop();
    }
    heading.parent = open.at(-1) ?? null;
    open.push(heading);
  }
  for (const heading of open) heading.end = closingStart - 1;
  return { headings, closingStart };
}

/** The heading's place in the plan: "III", "III.1", "III.2.1", "III.2.2.a". */
export function sectionPath(heading: Heading): string {
  const parentPath = heading.parent ? sectionPath(heading.parent) : "";
  if (heading.level === 3) {
    // "2.1" already carries its "2."; only the roman section goes before it.
    let root: Heading | null = heading.parent;
    while (root && root.level !== 1) root = root.parent;
    return root ? `${root.label}.${heading.label}` : heading.label;
  }
  return parentPath === "" ? heading.label : `${parentPath}.${heading.label}`;
}

/** Whether the folded title contains one of the folded keywords ("chi tieu", "muc dich"). */
export function titleHas(heading: Heading, ...keywords: string[]): boolean {
  const title = fold(heading.title);
  return keywords.some((keyword) => title.includes(keyword));
}

/** Headings directly under `heading`. */
export function childHeadings(outline: Outline, heading: Heading): Heading[] {
  return outline.headings.filter((h) => h.parent === heading);
}

/** The state of one parse: lines, outline, which lines a part has read, and what could not be read. */
export interface PlanText {
  lines: readonly string[];
  /** The input's lines as given (NFC): markup that normalising removes still tells tables and bold apart. */
  rawLines: readonly string[];
  outline: Outline;
  /** 1 at index n when line n has been read by some part (index 0 unused). */
  claimed: Uint8Array;
  unparsed: Unparsed[];
}

export function readPlanText(raw: string): PlanText {
  const lines = normalizePlanText(raw);
  const rawLines = raw.normalize("NFC").split(/\r\n|\r|\n/);
  return {
    lines,
    rawLines,
    outline: readOutline(lines, rawLines),
    claimed: new Uint8Array(lines.length + 1),
    unparsed: [],
  };
}

export function claim(doc: PlanText, evidence: Evidence): void {
  doc.claimed.fill(1, evidence.fromLine, evidence.toLine + 1);
}

/** Records a paragraph that could not be read, and claims it so that it is reported once. */
export function reportUnparsed(doc: PlanText, paragraph: Paragraph, reason: string): void {
  doc.unparsed.push({ fromLine: paragraph.fromLine, toLine: paragraph.toLine, text: paragraph.text, reason });
  claim(doc, paragraph);
}

/** Paragraphs of a heading's section, without the heading line. */
export function sectionParagraphs(doc: PlanText, heading: Heading): Paragraph[] {
  return paragraphs(doc.lines, heading.titleEnd + 1, heading.end);
}

/** Paragraphs of lines not yet read between `from` and `to`. */
export function unclaimedParagraphs(doc: PlanText, from: number, to: number): Paragraph[] {
  return paragraphs(doc.lines, from, to).flatMap((p) => {
    const parts: Paragraph[] = [];
    let current: Paragraph | null = null;
    for (let n = p.fromLine; n <= p.toLine; n++) {
      if (doc.claimed[n]) {
        current = null;
        continue;
      }
      const line = doc.lines[n - 1] ?? "";
      if (current) {
        current.starts.push(current.text.length + 1);
        current.text += ` ${line}`;
        current.toLine = n;
      } else {
        current = { fromLine: n, toLine: n, text: line, starts: [0] };
        parts.push(current);
      }
    }
    return parts;
  });
}
