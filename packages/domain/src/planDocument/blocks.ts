// The items of a part of a plan as a tree ("1." > "1.1." > "a)" > "-" > "+"), read from text as it
// is crawled from legal portals or converted from Word/PDF: a mark alone on its line with the title
// on the next ("**1.** / Công tác tham mưu…"), emphasis left open over several lines ("*2.1. Sở" /
// "Tài chính*"), lines broken mid-sentence, a sentence broken by a blank line. Also the plan's
// sections ("I.", "II." …, a numeral alone on its line included) with their whole titles.
import type { Paragraph } from "./text.ts";

export type MarkKind = "roman" | "number" | "decimal" | "decimal3" | "letter" | "paren" | "dash" | "plus" | "text";

/** How deep a mark usually sits: a mark never nests under a deeper one of the heading kinds. */
export const RANK: Record<MarkKind, number> = {
  roman: 0,
  number: 1,
  decimal: 2,
  decimal3: 3,
  letter: 4,
  paren: 5,
  dash: 6,
  plus: 7,
  text: 8,
};
const HEADING_KINDS: ReadonlySet<MarkKind> = new Set(["roman", "number", "decimal", "decimal3", "letter"]);

/** An item: its own text (mark removed, lines joined) is a `Paragraph`, so evidence can point into it. */
export interface Block extends Paragraph {
  kind: MarkKind;
  /** "III", "2", "2.1", "a", "1" for "(1)"; "-" or "+" for bullets; "" for a plain paragraph. */
  label: string;
  /** The whole own text was bold or italic in the source (a heading, as crawled documents write them). */
  emphasized: boolean;
  children: Block[];
  /** Last line of the item with everything under it. */
  end: number;
}

const ROMAN = "(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)";
const MARKS: [MarkKind, RegExp][] = [
  ["roman", new RegExp(String.raw`^(${ROMAN})\s*\.\s*(.*)$`, "u")],
  ["decimal3", /^(\d{1,2}\.\d{1,2}\.\d{1,2})\.?(?:\s+(.*))?$/u],
  ["decimal", /^(\d{1,2}\.\d{1,2})\.?(?:\s+(.*))?$/u],
  ["number", /^(\d{1,2})\s?\.(?:\s*$|\s+(.*)$)/u],
  ["paren", /^\(?(\d{1,2})\)\s*(.*)$/u],
  ["letter", /^([a-zđ])(?:\)\s*|\.\s+(?=\p{Lu}))(.*)$/u],
  ["dash", /^[-–•]\s*(.*)$/u],
  ["plus", /^\+\s*(.*)$/u],
];

/** Emphasis marks a line still holds ("*Đơn vị chủ trì: *Sở Tư pháp."): removed, a lone "a * b" kept. */
export function cleanLine(line: string): string {
  if (!line.includes("*")) return line;
  return line
    .replace(/(?<!\s)\*+|\*+(?!\s)/g, "")
    .replace(/ {2,}/g, " ")
    .trim();
}

const TERMINAL = /[.;:!?…]["”’)\]]*$/u;
// A decision's article: "Điều 2. Giao Sở Công Thương …" starts a paragraph of its own, under nothing.
export const ARTICLE = /^Điều\s+\d+\s*[.:]\s*/u;
// A note on its own line, even without a blank line before: "(Chi tiết tại Phụ lục 02 kèm theo)".
const ANNEX_NOTE = /^\([^)]{0,200}Phụ lục/iu;

export interface Mark {
  kind: MarkKind;
  label: string;
  rest: string;
}

/**
 * The mark a line starts with, if it starts an item: after a blank line, after a line that ends a
 * sentence or a clause, or when what follows the mark starts like an item (a capital, a quote, a
 * digit after a number, nothing). "- 2025”;" continuing "giai đoạn 2021" is not a bullet.
 */
export function markOf(line: string, previous: string): Mark | null {
  for (const [kind, pattern] of MARKS) {
    const match = pattern.exec(line);
    if (!match) continue;
    const rest = (match[kind === "dash" || kind === "plus" ? 1 : 2] ?? "").trim();
    const label = kind === "dash" ? "-" : kind === "plus" ? "+" : (match[1] ?? "");
    if (kind === "dash" && rest === "") return null;
    // After an unfinished line, "- 2025" goes on with "giai đoạn 2021"; "1. 100% …" is an item.
    const bullet = kind === "dash" || kind === "plus";
    const itemStart = bullet ? /^[\p{Lu}“"‘(]/u : /^[\p{Lu}\d“"‘(]/u;
    const startsItem = previous === "" || TERMINAL.test(previous) || rest === "" || itemStart.test(rest);
    return startsItem ? { kind, label, rest } : null;
  }
  return null;
}

/** Whether the raw lines of an item open and close with an emphasis mark ("**1. Sở Y tế**"). */
function emphasizedIn(raw: readonly string[], from: number, to: number): boolean {
  const first = (raw[from - 1] ?? "").trim();
  const last = (raw[to - 1] ?? "").trim();
  return first.startsWith("*") && last.endsWith("*") && `${first}${last}`.replace(/\*/g, "").trim() !== "";
}

export interface Reading {
  lines: readonly string[];
  raw: readonly string[];
  /** The source marks headings with emphasis (crawled, markdown): an unmarked item is not a heading. */
  marked?: boolean;
  /** Lines to read as blank (pipe tables). */
  skip?: (line: number) => boolean;
}

function newBlock(kind: MarkKind, label: string, text: string, line: number): Block {
  return { kind, label, text, fromLine: line, toLine: line, starts: [0], emphasized: false, children: [], end: line };
}

function appendLine(block: Block, text: string, line: number): void {
  if (block.text === "") {
    block.text = text;
    block.starts = [0];
  } else {
    block.starts.push(block.text.length + 1);
    block.text += ` ${text}`;
  }
  block.toLine = line;
}

/** The items of lines `from`..`to`, in order, not yet nested. */
function flatBlocks(reading: Reading, from: number, to: number): Block[] {
  const { lines, raw, skip } = reading;
  const blocks: Block[] = [];
  let current: Block | null = null;
  let previous = "";
  let blanks = 0;
  for (let n = from; n <= to; n++) {
    const line = skip?.(n) ? "" : cleanLine(lines[n - 1] ?? "");
    if (line === "") {
      blanks++;
      // A mark alone on its line keeps its item open over a blank line or two: the title follows.
      if (current && (current.text !== "" || blanks > 2)) current = null;
      previous = "";
      continue;
    }
    blanks = 0;
    const mark = markOf(line, previous);
    previous = line;
    if (mark) {
      current = newBlock(mark.kind, mark.label, mark.rest, n);
      blocks.push(current);
    } else if (current && !ANNEX_NOTE.test(line) && !ARTICLE.test(line)) {
      appendLine(current, line, n);
    } else {
      current = newBlock("text", "", line, n);
      blocks.push(current);
    }
  }
  const split = blocks.flatMap((block) => splitTitle(block, raw, reading.marked === true));
  for (const block of split) block.emphasized = emphasizedIn(raw, block.fromLine, block.toLine);
  return mergeBrokenParagraphs(split);
}

/** The text of line `index` (0-based) of a block. */
function lineText(block: Block, index: number): string {
  const start = block.starts[index] ?? block.text.length;
  const next = block.starts[index + 1];
  return block.text.slice(start, next === undefined ? block.text.length : next - 1);
}

/** The block cut after its `count` first lines; the rest a plain paragraph of its own. */
function cutAfter(block: Block, count: number): Block[] {
  const restStart = block.starts[count];
  if (restStart === undefined) return [block];
  const rest = newBlock("text", "", block.text.slice(restStart), block.fromLine + count);
  rest.starts = block.starts.slice(count).map((s) => s - restStart);
  rest.toLine = block.toLine;
  block.text = block.text.slice(0, restStart - 1);
  block.starts = block.starts.slice(0, count);
  block.toLine = block.fromLine + count - 1;
  return [block, rest];
}

/**
 * A heading written on its own line(s) with its text right below, without a blank line: "**1. Sở Y
 * tế**" / "Chủ trì …" (the emphasis closes before the text), "2.1. Chỉ đạo triển khai …" / "Tổ chức
 * triển khai …" (a title, then a sentence starting with a capital), "- Công tác quốc phòng:" / "Duy trì …".
 */
function splitTitle(block: Block, raw: readonly string[], marked: boolean): Block[] {
  const lineCount = block.toLine - block.fromLine + 1;
  if (block.kind === "text" || lineCount < 2) return [block];
  if ((raw[block.fromLine - 1] ?? "").trim().startsWith("*")) {
    for (let k = block.fromLine; k < block.toLine; k++) {
      if ((raw[k - 1] ?? "").trim().endsWith("*")) return cutAfter(block, k - block.fromLine + 1);
    }
    return [block];
  }
  const first = lineText(block, 0);
  const second = lineText(block, 1);
  if (first === "") return [block];
  if (/:\s*$/u.test(first) && first.length <= 150) return cutAfter(block, 1);
  // Where headings are not marked, a title line followed by a sentence starting with a capital.
  const heading = HEADING_KINDS.has(block.kind) && !marked;
  const title = !TERMINAL.test(first) && !OPEN_END.test(first) && first.length <= 200;
  if (heading && title && /^\p{Lu}/u.test(second) && TERMINAL.test(block.text)) return cutAfter(block, 1);
  return [block];
}

// A line that stops mid-phrase: on a comma or a word that needs what follows.
const OPEN_END =
  /(?:,|\s(?:và|của|các|với|theo|trong|cho|về|đến|để|những|có|được|là|hoặc|tại|trên|từ|nhằm|thuộc|phối hợp|chủ trì))$/u;

/**
 * A paragraph that goes on after a blank line is the same item: one starting in lower case after an
 * unfinished sentence ("… các cơ quan, đơn vị, địa phương" / "liên quan."), or an emphasized one after an
 * emphasized title that does not end ("**3. Đề nghị … Hội Liên hiệp**" / "**Phụ nữ Thành phố …**").
 */
function mergeBrokenParagraphs(blocks: Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const before = merged.at(-1);
    const unfinished = before && before.text !== "" && !TERMINAL.test(before.text);
    const continues =
      block.kind === "text" &&
      unfinished &&
      (/^\p{Ll}/u.test(block.text) || (before.emphasized && block.emphasized && before.kind !== "text"));
    if (before && continues) {
      for (let i = 0; i < block.starts.length; i++) {
        const start = block.starts[i] ?? 0;
        const next = block.starts[i + 1] ?? block.text.length + 1;
        appendLine(before, block.text.slice(start, next - 1), block.fromLine + i);
      }
      continue;
    }
    merged.push(block);
  }
  return merged;
}

function setEnds(block: Block): number {
  block.end = block.toLine;
  for (const child of block.children) block.end = Math.max(block.end, setEnds(child));
  return block.end;
}

/**
 * The items of lines `from`..`to` as a tree: an item of a mark already open closes the items
 * opened since (it is their sibling); a new mark nests under the last open item, except that a
 * heading mark ("1.", "2.1.", "a)") never nests under a bullet or a deeper heading; a plain paragraph
 * belongs to the last open item.
 */
export function readBlocks(reading: Reading, from: number, to: number): Block[] {
  const roots: Block[] = [];
  const open: Block[] = [];
  for (const block of flatBlocks(reading, from, to)) {
    if (block.kind === "text" && ARTICLE.test(block.text)) open.length = 0;
    if (block.kind !== "text") {
      const same = open.findIndex((b) => b.kind === block.kind);
      if (same >= 0) open.length = same;
      else if (HEADING_KINDS.has(block.kind)) {
        while (open.length > 0 && RANK[open.at(-1)?.kind ?? "text"] > RANK[block.kind]) open.pop();
      }
    }
    const parent = open.at(-1);
    (parent ? parent.children : roots).push(block);
    if (block.kind !== "text") open.push(block);
  }
  for (const root of roots) setEnds(root);
  return roots;
}

/** Every item of the trees, depth first. */
export function* allBlocks(blocks: readonly Block[]): Generator<Block> {
  for (const block of blocks) {
    yield block;
    yield* allBlocks(block.children);
  }
}

/** Whether an item's text is a title rather than a sentence: emphasized, or short and not ended. */
export function isTitleLike(block: Block): boolean {
  if (block.emphasized) return true;
  return block.text.length <= 250 && !/[.;!?…]["”’)\]]*$/u.test(block.text);
}

/** A section of the plan: "III. NHIỆM VỤ VÀ GIẢI PHÁP" and its lines. */
export interface PlanSection {
  label: string;
  /** The whole title, its lines joined ("NHIỆM VỤ, GIẢI PHÁP" for "III. NHIỆM VỤ," / "GIẢI PHÁP"). */
  title: string;
  line: number;
  titleEnd: number;
  /** Last line of the section. */
  end: number;
}

// Where the body of the plan stops: closing remarks, recipients, signature, an annex.
const CLOSING =
  /^(?:Trên đây là(?=\s|$)|Nơi nhận(?=[\s:]|$)|(?:TM|KT|TL|TUQ|Q)\.\s|PHỤ LỤC\b|Phụ lục(?:\s+(?:số\s+)?[\dIVX]+)?\s*$)/u;

/** The first line from `from` on that closes the body, or `to` + 1. */
export function closingLine(reading: Reading, from: number, to: number): number {
  for (let n = from; n <= to; n++) {
    if (reading.skip?.(n)) return n;
    if (CLOSING.test(cleanLine(reading.lines[n - 1] ?? ""))) return n;
  }
  return to + 1;
}

const MAX_TITLE_LINES = 4;
const isUpper = (text: string) => /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);

// Parts lettered "A.", "B." in capitals, for plans that have no roman sections.
const LETTER_SECTION = /^([A-ZĐ])\.\s*(.*)$/u;

/** The plan's "I.", "II." … sections (else its "A.", "B." parts), each up to the next one or the closing. */
export function planSections(reading: Reading): PlanSection[] {
  const romans = sectionsMarked(reading, (line, previous) => {
    const mark = markOf(line, previous);
    return mark?.kind === "roman" ? { label: mark.label, rest: mark.rest } : null;
  });
  if (romans.length > 0) return romans;
  return sectionsMarked(reading, (line, previous) => {
    const match = LETTER_SECTION.exec(line);
    const rest = match?.[2]?.trim() ?? "";
    if (!match || (previous !== "" && !TERMINAL.test(previous)) || (rest !== "" && !isUpper(rest))) return null;
    return { label: match[1] ?? "", rest };
  });
}

function sectionsMarked(
  reading: Reading,
  markAt: (line: string, previous: string) => { label: string; rest: string } | null,
): PlanSection[] {
  const { lines } = reading;
  const found: PlanSection[] = [];
  let previous = "";
  for (let n = 1; n <= lines.length; n++) {
    const line = reading.skip?.(n) ? "" : cleanLine(lines[n - 1] ?? "");
    const mark = line === "" ? null : markAt(line, previous);
    previous = line;
    if (!mark) continue;
    let title = mark.rest;
    let titleEnd = n;
    for (let k = n + 1; k <= Math.min(lines.length, n + MAX_TITLE_LINES); k++) {
      const next = cleanLine(lines[k - 1] ?? "");
      if (next === "" && title !== "") break;
      if (next === "") continue;
      if (title !== "" && (markOf(next, title) !== null || (isUpper(title) && /\p{Ll}/u.test(next)))) break;
      title = title === "" ? next : `${title} ${next}`;
      titleEnd = k;
    }
    found.push({ label: mark.label, title: title.trim(), line: n, titleEnd, end: lines.length });
    n = titleEnd;
    previous = title;
  }
  found.forEach((section, i) => {
    const next = found[i + 1]?.line ?? lines.length + 1;
    section.end = closingLine(reading, section.titleEnd + 1, next - 1) - 1;
  });
  return found;
}

const ANNEX_HEADING = /^(?:PHỤ LỤC|Phụ lục)(?:\s+(?:SỐ\s+|số\s+)?([\dIVX]+))?\s*[:.]?\s*(.*)$/u;

/** The annexes after the body ("PHỤ LỤC 02" / "DANH MỤC NHIỆM VỤ …"), each up to the next one. */
export function annexSections(reading: Reading, from: number): PlanSection[] {
  const { lines } = reading;
  const found: PlanSection[] = [];
  for (let n = Math.max(1, from); n <= lines.length; n++) {
    if (reading.skip?.(n)) continue;
    const match = ANNEX_HEADING.exec(cleanLine(lines[n - 1] ?? ""));
    if (!match || (match[2] !== "" && !isUpper(match[2] ?? ""))) continue;
    let title = match[2] ?? "";
    let titleEnd = n;
    for (let k = n + 1; k <= Math.min(lines.length, n + MAX_TITLE_LINES + 1); k++) {
      const next = cleanLine(lines[k - 1] ?? "");
      if (next === "" && title !== "") break;
      if (next === "" || (!isUpper(next) && title === "")) continue;
      if (!isUpper(next)) break;
      title = title === "" ? next : `${title} ${next}`;
      titleEnd = k;
    }
    found.push({ label: `PL${match[1] ?? ""}`, title, line: n, titleEnd, end: lines.length });
    n = titleEnd;
  }
  found.forEach((section, i) => {
    section.end = (found[i + 1]?.line ?? lines.length + 1) - 1;
  });
  return found;
}
