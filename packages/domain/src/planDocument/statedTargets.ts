// Targets wherever a plan of the genre states them, for plans without a numbered "(1) … (n)" block of
// main indicators: the sections on objectives and targets ("II. MỤC TIÊU", "2. Mục tiêu cụ thể",
// "6. Chỉ tiêu chủ yếu đến năm 2030"), a lead-in sentence ("… bằng các chỉ tiêu cụ thể như sau:") and
// the items that follow it, and a resolution's article ("Điều 2. … các chỉ tiêu chủ yếu"). Items are
// "-"/"+" bullets, "(1)", "a)", "6.1.", "Chỉ tiêu 1:" or paragraphs. An item with a figure is an
// indicator; in a section on targets, an item in words only is kept as a qualitative one.
import { parseAnnexTargets } from "./annexTargets.ts";
import { areaOf } from "./areas.ts";
import { markOf as itemMark, type MarkKind } from "./blocks.ts";
import { type IndicatorsResult, type ItemMark, parseItem } from "./indicators.ts";
import { claim, type Heading, type PlanText } from "./sections.ts";
import { deadlineYear, parseTargetPhrase } from "./targetPhrase.ts";
import { clauses, evidenceOf, fold, type Paragraph, paragraphs } from "./text.ts";
import type { Indicator, IndicatorGroup, LocatedTarget, ParsedTarget } from "./types.ts";

// "Chỉ tiêu 3: …", "- Chỉ tiêu 1: …": the genre's own mark for a target, beside the item marks of
// `blocks.ts` ("1.", "6.1.", "a)", "(1)", "-", "+").
const CHI_TIEU = /^(?:[-+•]\s+)?chỉ\s+tiêu\s+(?:số\s+)?(\d{1,3})\s*[:.]\s*/iu;
type Style = "chi-tieu" | Exclude<MarkKind, "dash" | "plus" | "text"> | "bullet";

interface Mark {
  /** Which kind of mark: a list's items share one, which tells them apart from what follows. */
  style: Style | null;
  bodyStart: number;
  label: string | null;
}

function markOf(text: string): Mark {
  const chiTieu = CHI_TIEU.exec(text);
  if (chiTieu) return { style: "chi-tieu", bodyStart: chiTieu[0].length, label: chiTieu[1] ?? null };
  const mark = itemMark(text, "");
  if (!mark || mark.kind === "text") return { style: null, bodyStart: 0, label: null };
  const bodyStart = text.endsWith(mark.rest) ? text.length - mark.rest.length : 0;
  if (mark.kind === "dash" || mark.kind === "plus") return { style: "bullet", bodyStart, label: null };
  return { style: mark.kind, bodyStart, label: mark.label };
}

const GENERAL_OBJECTIVE = ["muc tieu tong quat", "muc tieu chung"];
// A vision ("b) Tầm nhìn đến năm 2045") or an orientation states where to head, not what to reach.
const VISION = /^(?:tam nhin|dinh huong)/;
const isExcluded = (heading: Heading) => GENERAL_OBJECTIVE.some((words) => fold(heading.title).includes(words));
const isVision = (heading: Heading) => VISION.test(fold(heading.title));
const GROUP_WORDS = /^(?:muc tieu|linh vuc|trong linh vuc|nhom|ve |doi voi)/;
const SHORT_TITLE = 60;

interface Range {
  from: number;
  to: number;
  /**
   * Which items in words only are kept: all of a sub-section on objectives, the numbered or bulleted
   * ones of a roman "MỤC TIÊU" section (its plain paragraphs are prose), none of a vision.
   */
  qualitative: "all" | "marked" | "none";
  /** The year its heading or lead-in gives ("Các chỉ tiêu cụ thể đến năm 2030"), for targets that give none. */
  year: number | null;
}

const yearOf = (text: string) => deadlineYear(text, text.length, text.length);

// Sections that plan resources ("4. Nguồn lực …", "3. Kế hoạch sử dụng đất", "Kinh phí"): their figures
// are planned quantities a clerk tracks ("nhu cầu vốn … khoảng 121.732 tỷ đồng"); their words are not.
const RESOURCE_TITLE = /nguon luc|nhu cau von|von dau tu|su dung dat|kinh phi/;
const isResourceHeading = (heading: Heading) => heading.level > 1 && RESOURCE_TITLE.test(fold(heading.title));

function isTargetHeading(heading: Heading): boolean {
  const title = fold(heading.title);
  if (isExcluded(heading)) return false;
  if (heading.level === 1 && title.includes("nhiem vu")) return false;
  return title.includes("chi tieu") || title.includes("muc tieu");
}

/** Lines of the sections on objectives and targets, without those of the general objective. */
function headingRanges(doc: PlanText): Range[] {
  const excluded = doc.outline.headings.filter(isExcluded);
  const visions = doc.outline.headings.filter(isVision);
  const ranges: Range[] = [];
  const read = (h: Heading) => isTargetHeading(h) || (h.level > 1 && isVision(h)) || isResourceHeading(h);
  for (const heading of doc.outline.headings.filter(read)) {
    const vision = isVision(heading) || (isResourceHeading(heading) && !isTargetHeading(heading));
    const qualitative = vision ? "none" : heading.level > 1 ? "all" : "marked";
    let from = heading.titleEnd + 1;
    // In a roman "MỤC TIÊU" section, a sub-section on something else ("2. Tháng hành động") lists
    // activities: its figures are read (as a range of its own), its words are not objectives.
    // A sub-section has a short title standing alone; a numbered item's words run on, or state a figure.
    const isSection = (h: Heading) =>
      h.parent === heading &&
      !read(h) &&
      (doc.lines[h.titleEnd] ?? "") === "" &&
      h.title.length <= SHORT_TITLE &&
      !hasFigure(h.title);
    const elsewhere = heading.level === 1 ? doc.outline.headings.filter(isSection) : [];
    for (const h of elsewhere) ranges.push({ from: h.line, to: h.end, qualitative: "none", year: yearOf(h.title) });
    const cuts = [...excluded, ...elsewhere, ...(vision ? [] : visions)];
    for (const cut of cuts.filter((h) => h.line >= from && h.line <= heading.end).sort((a, b) => a.line - b.line)) {
      if (cut.line > from) ranges.push({ from, to: cut.line - 1, qualitative, year: yearOf(heading.title) });
      from = cut.end + 1;
    }
    if (from <= heading.end) ranges.push({ from, to: heading.end, qualitative, year: yearOf(heading.title) });
  }
  return ranges;
}

/** A lead-in ("… các chỉ tiêu cụ thể như sau:") and the run of items of one style after it. */
function leadInRanges(doc: PlanText, inRanges: (line: number) => boolean): Range[] {
  const ranges: Range[] = [];
  const all = paragraphs(doc.lines, 1, doc.outline.closingStart - 1);
  all.forEach((paragraph, i) => {
    const folded = fold(paragraph.text);
    if (inRanges(paragraph.fromLine) || !/:\s*$/.test(paragraph.text)) return;
    if (!folded.includes("chi tieu") && !folded.includes("muc tieu")) return;
    const style = markOf(all[i + 1]?.text ?? "").style;
    if (!style) return;
    let last = i + 1;
    while (markOf(all[last + 1]?.text ?? "").style === style) last++;
    const to = all[last]?.toLine ?? paragraph.toLine;
    ranges.push({ from: paragraph.toLine + 1, to, qualitative: "all", year: yearOf(paragraph.text) });
  });
  return ranges;
}

/** "Điều 2. … các chỉ tiêu chủ yếu …" up to the next article. */
function articleRanges(doc: PlanText): Range[] {
  const ranges: Range[] = [];
  const articles: number[] = [];
  doc.lines.forEach((line, i) => {
    if (/^Điều\s+\d{1,2}\s*[.:]/u.test(line)) articles.push(i + 1);
  });
  articles.forEach((line, i) => {
    const end = (articles[i + 1] ?? doc.outline.closingStart) - 1;
    const head = paragraphs(doc.lines, line, end)[0];
    if (head && /chi tieu/.test(fold(head.text))) {
      ranges.push({ from: head.toLine + 1, to: end, qualitative: "all", year: yearOf(head.text) });
    }
  });
  return ranges;
}

/** A paragraph that names a group of items rather than stating a target. */
function isGroupTitle(body: string): boolean {
  const folded = fold(body).trim();
  return (
    /:\s*$/.test(body) || folded.length <= SHORT_TITLE || (GROUP_WORDS.test(folded) && folded.length <= 2 * SHORT_TITLE)
  );
}

function hasFigure(body: string): boolean {
  if (!/\d|một|hai|ba|bốn|mười/u.test(body)) return false;
  const target = parseTargetPhrase(body);
  return target !== null && target.kind === "QUANTITATIVE";
}

/** Reads the targets of a plan that has no numbered block of main indicators (see the module header). */
export function parseStatedTargets(doc: PlanText): IndicatorsResult {
  const result: IndicatorsResult = { groups: [], indicators: [], annexes: [] };
  const fromHeadings = headingRanges(doc);
  const inHeadings = (line: number) => fromHeadings.some((r) => line >= r.from && line <= r.to);
  // Nested sections overlap: a paragraph is read once, by the first range that makes something of it.
  const ranges = [...fromHeadings, ...leadInRanges(doc, inHeadings), ...articleRanges(doc)].sort(
    (a, b) => a.from - b.from,
  );
  let group: IndicatorGroup | null = null;
  // The year a heading gives ("2.1. Đến năm 2030") holds for the items under it.
  const headingYear = (line: number) => {
    const around = doc.outline.headings.filter((h) => h.line <= line && line <= h.end && yearOf(h.title) !== null);
    const inner = around.sort((a, b) => b.line - a.line)[0];
    return inner ? yearOf(inner.title) : null;
  };
  for (const range of ranges) {
    let leadInYear: number | null = null;
    for (const paragraph of paragraphs(doc.lines, range.from, range.to)) {
      if (doc.claimed[paragraph.fromLine]) continue;
      const mark = markOf(paragraph.text);
      const body = paragraph.text.slice(mark.bodyStart);
      // "Phấn đấu đến hết năm 2030 đạt được những mục tiêu sau:" gives the year of the items after it.
      if (/:\s*$/.test(body)) leadInYear = yearOf(body) ?? leadInYear;
      const figure = hasFigure(body);
      if (!figure && isGroupTitle(body)) {
        // A section read for its figures only (a vision, resources) names no groups of targets.
        if (range.qualitative !== "none" && (mark.style !== null || /:\s*$/.test(body))) {
          group = {
            code: mark.label ?? String(result.groups.length + 1),
            title: body.replace(/[\s:]+$/u, ""),
            area: areaOf(body),
            evidence: { fromLine: paragraph.fromLine, toLine: paragraph.toLine },
            confidence: 0.6,
          };
          result.groups.push(group);
          claim(doc, paragraph);
        }
        continue;
      }
      const keptInWords = range.qualitative === "all" || (range.qualitative === "marked" && mark.style !== null);
      if (!figure && !keptInWords) continue;
      const itemMark: ItemMark = { number: result.indicators.length + 1, bodyStart: mark.bodyStart };
      if (!addItem(result, paragraph, group, itemMark, figure ? 0.85 : 0.6)) continue;
      claim(doc, paragraph);
      const added = result.indicators.at(-1);
      for (const target of added ? [...added.targets, ...added.subIndicators.flatMap((sub) => sub.targets)] : []) {
        target.year ??= leadInYear ?? headingYear(paragraph.fromLine) ?? range.year;
      }
    }
  }
  for (const list of inlineLists(doc, ranges)) {
    for (const clause of list) {
      addItem(result, clause, null, { number: result.indicators.length + 1, bodyStart: 0 }, 0.75);
    }
  }
  const inline = new Set(result.indicators.map((i) => i.evidence.fromLine));
  for (const sentence of targetSentences(doc, ranges)) {
    if (inline.has(sentence.fromLine) && result.indicators.some((i) => i.sourceText.includes(sentence.text))) continue;
    addItem(result, sentence, null, { number: result.indicators.length + 1, bodyStart: sentence.bodyStart }, 0.6);
  }
  const tables = parseAnnexTargets(doc.lines, doc.rawLines, result.indicators.length);
  result.groups.push(...tables.groups);
  for (const indicator of tables.indicators) {
    result.indicators.push(indicator);
    claim(doc, indicator.evidence);
  }
  result.indicators.sort((a, b) => a.evidence.fromLine - b.evidence.fromLine);
  result.indicators.forEach((indicator, i) => {
    const code = String(i + 1);
    for (const sub of indicator.subIndicators) sub.code = `${code}${sub.code.slice(indicator.code.length)}`;
    indicator.number = i + 1;
    indicator.code = code;
  });
  return result;
}

function addItem(
  result: IndicatorsResult,
  paragraph: Paragraph,
  group: IndicatorGroup | null,
  mark: ItemMark,
  certainty: number,
): boolean {
  const indicator = parseItem(paragraph, group, mark);
  if (!indicator) return false;
  addFurtherFigures(indicator, paragraph, mark.bodyStart);
  indicator.confidence = Math.round(indicator.confidence * certainty * 100) / 100;
  result.indicators.push(indicator);
  return true;
}

const MAX_FURTHER_FIGURES = 20;
const FIGURE_WINDOW = 400;

/**
 * Figures a clause states after its first one ("100% các điểm … và 100% diện tích … được phát
 * hiện"): each becomes a target of the item as well.
 */
function addFurtherFigures(indicator: Indicator, paragraph: Paragraph, bodyStart: number): void {
  const known = [...indicator.targets, ...indicator.subIndicators.flatMap((sub) => sub.targets)];
  // Each figure read is a number written: with no more numbers than targets, there is none further.
  const numbers = paragraph.text.slice(bodyStart).match(/\d+(?:[.,]\d+)*/g)?.length ?? 0;
  if (numbers <= known.length) return;
  const text = paragraph.text;
  let from = bodyStart;
  let previous: ParsedTarget | null = null;
  for (let guard = 0; guard < MAX_FURTHER_FIGURES && from < text.length; guard++) {
    // A target's words are short: each look reads a window, not the rest of a long paragraph.
    const read = parseTargetPhrase(text.slice(from, from + FIGURE_WINDOW));
    if (read?.kind !== "QUANTITATIVE") return;
    const start = from + read.start;
    const end = from + read.end;
    // "ít nhất 100 doanh nghiệp …, 50 doanh nghiệp …": a bare figure listed after a bound shares it.
    const listed = previous !== null && /^\d/.test(read.text) && /^[^,;.]*,\s*$/u.test(text.slice(from, start));
    const target: ParsedTarget = listed && previous ? { ...read, comparator: previous.comparator } : read;
    previous = target;
    if (!known.some((k) => k.kind === "QUANTITATIVE" && start < k.end + bodyStart && end > k.start + bodyStart)) {
      const located: LocatedTarget = {
        ...target,
        start: start - bodyStart,
        end: end - bodyStart,
        evidence: evidenceOf(paragraph, start, end),
      };
      indicator.targets.push(located);
      known.push(located);
    }
    from = Math.max(end, from + 1);
  }
}

// "…, cụ thể: Phấn đấu tổng tỷ suất sinh đạt 2,1 con/phụ nữ; tỷ số giới tính … dưới 109 …; …".
const INLINE_LEAD = /(?:cụ\s+thể|chỉ\s+tiêu[^:;.]{0,80}?|như\s+sau)\s*:\s*/giu;
const MIN_INLINE_FIGURES = 2;

/** Lists of targets written inside a paragraph, outside the sections already read: one clause each. */
function inlineLists(doc: PlanText, read: Range[]): Paragraph[][] {
  const lists: Paragraph[][] = [];
  const isRead = (line: number) => read.some((r) => line >= r.from && line <= r.to);
  for (const paragraph of paragraphs(doc.lines, 1, doc.outline.closingStart - 1)) {
    if (isRead(paragraph.fromLine)) continue;
    for (const lead of paragraph.text.matchAll(INLINE_LEAD)) {
      const start = lead.index + lead[0].length;
      const stop = paragraph.text.slice(start).search(/\.\s+\p{Lu}|\.\s*$|:\s/u);
      const end = stop < 0 ? paragraph.text.length : start + stop;
      const list = clauses(paragraph.text.slice(start, end))
        .flatMap((span) => listedFigures(paragraph.text, start + span.start, start + span.end))
        .map((span) => subParagraph(paragraph, span.start, span.end))
        .filter((clause) => hasFigure(clause.text));
      if (list.length >= MIN_INLINE_FIGURES) lists.push(list);
    }
  }
  return lists;
}

// A sentence that states a target in the body of a task: "Phấn đấu đến năm 2030 …", "Đến năm 2030, …",
// "Có ít nhất 02 vùng …", "Có 30% diện tích …".
const TARGET_SENTENCE =
  /^(?:phấn\s+đấu|(?:bảo|đảm)\s+bảo|(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4}|có\s+(?:ít\s+nhất|tối\s+thiểu|trên|từ)?\s*\d)/iu;
// Where such a statement may start inside a sentence: "…, phấn đấu đạt 20% …; đến năm 2030 đạt 100% …".
const CLAUSE_START =
  /[.;]\s+(?=\p{Lu})|[,;]\s+(?=(?:phấn\s+đấu|(?:bảo|đảm)\s+bảo|(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4})\s)/giu;
const SENTENCE_START = /[.]\s+(?=\p{Lu})/gu;
// Longer than any target a plan states in one sentence: what lies beyond is not read as one.
const MAX_STATEMENT = 600;
const DEADLINE_SENTENCE = /^(?:phấn\s+đấu\s+)?(?:đến|tới)\s+(?:hết\s+)?năm\s+\d{4}/iu;

/** Sentences stating a target inside the text of the plan's sections, outside the ranges read. */
function targetSentences(doc: PlanText, read: Range[]): (Paragraph & { bodyStart: number })[] {
  const firstSection = doc.outline.headings.find((h) => h.level === 1)?.line ?? doc.outline.closingStart;
  const isRead = (line: number) => read.some((r) => line >= r.from && line <= r.to);
  const found: (Paragraph & { bodyStart: number })[] = [];
  for (const paragraph of paragraphs(doc.lines, firstSection, doc.outline.closingStart - 1)) {
    if (isRead(paragraph.fromLine) || doc.claimed[paragraph.fromLine]) continue;
    const text = paragraph.text;
    const body = markOf(text).bodyStart;
    const sentenceStarts = [body, ...[...text.matchAll(SENTENCE_START)].map((m) => m.index + m[0].length)];
    const starts = [body, ...[...text.matchAll(CLAUSE_START)].map((m) => m.index + m[0].length)];
    // One pass over both lists (both in order): a long run of sentences costs what it reads.
    let k = 0;
    let lastSentence = -1;
    for (const start of starts) {
      while (k + 1 < sentenceStarts.length && (sentenceStarts[k + 1] ?? 0) <= start) k++;
      const sentence = Math.max(sentenceStarts[k] ?? body, start - MAX_STATEMENT);
      if (sentence === lastSentence || !TARGET_SENTENCE.test(text.slice(start, start + 80))) continue;
      // A statement runs to the end of its sentence, over the clauses that follow it; the item is
      // the whole sentence ("Xây dựng lộ trình …, đảm bảo ít nhất 70% xã, phường …"), read once.
      const end = Math.min((sentenceStarts[k + 1] ?? text.length + 1) - 1, start + MAX_STATEMENT);
      const statement = text.slice(start, Math.max(start, end)).trim();
      if (!hasFigure(statement) && !DEADLINE_SENTENCE.test(statement)) continue;
      lastSentence = sentence;
      found.push({ ...subParagraph(paragraph, sentence, start + statement.length), bodyStart: start - sentence });
    }
  }
  return found;
}

// "giảm 50% số cặp tảo hôn, giảm 60% số cặp hôn nhân cận huyết thống": two targets in one clause.
const LISTED_FIGURE = /,\s+(?=(?:giảm|tăng|đạt|có)\s)/gu;

/** A clause split at each ", giảm/tăng/đạt …" when every part states a figure of its own. */
function listedFigures(text: string, start: number, end: number): { start: number; end: number }[] {
  const clause = text.slice(start, end);
  const cuts = [...clause.matchAll(LISTED_FIGURE)].map((m) => m.index);
  if (cuts.length === 0) return [{ start, end }];
  const parts = [0, ...cuts.map((c) => c + 1)].map((from, i) => ({
    start: start + from,
    end: start + (cuts[i] ?? clause.length),
  }));
  const trimmed = parts.map((p) => ({
    start: p.start + (text.slice(p.start, p.end).length - text.slice(p.start, p.end).trimStart().length),
    end: p.end,
  }));
  return trimmed.every((p) => hasFigure(text.slice(p.start, p.end))) ? trimmed : [{ start, end }];
}

/** Part of a paragraph as a paragraph of its own, with the lines it lies on. */
function subParagraph(paragraph: Paragraph, start: number, end: number): Paragraph {
  const { fromLine, toLine } = evidenceOf(paragraph, start, end);
  const starts = [0];
  for (let line = fromLine + 1; line <= toLine; line++) {
    const at = paragraph.starts[line - paragraph.fromLine] ?? start;
    starts.push(Math.max(0, at - start));
  }
  return { fromLine, toLine, text: paragraph.text.slice(start, end), starts };
}
