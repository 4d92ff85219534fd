// The indicators block ("3. Các chỉ tiêu chủ yếu năm 2026" in section II): groups a), b), c) and
// numbered items "(1) …". Only items at the start of a line inside that block are indicators: an
// inline list "(1) …; (2) …" or a later "(1) Đến năm 2030" elsewhere is not.
//
// An item is one clause with a target ("(4) Tỷ lệ giải ngân vốn đầu tư công đạt 100%."), several
// clauses that each become a sub-indicator ("(14) … trên 97% …; 100% … . Tổ chức tốt …"), and
// parentheses: sub-targets "(trong đó công nghiệp-xây dựng ≥ 12%, dịch vụ ≥ 10%)", applicability
// "(áp dụng cho năm 2027)" or a note "(Trường Tiểu học Ngọc Sơn)".
import { areaOf, refineArea } from "./areas.ts";
import { claim, type Heading, type PlanText, reportUnparsed, sectionParagraphs, titleHas } from "./sections.ts";
import { achievedTarget, parseTargetPhrase } from "./targetPhrase.ts";
import {
  capitalize,
  clauses,
  collapseSpaces,
  evidenceOf,
  fold,
  type Paragraph,
  parentheses,
  type Span,
  splitTopLevel,
  trimPunctuation,
  trimSeparators,
  trimSpan,
} from "./text.ts";
import type { AnnexReference, Indicator, IndicatorGroup, LocatedTarget, ParsedTarget, SubIndicator } from "./types.ts";

const GROUP_LINE = /^([a-zđ])\)\s+(.+)$/u;
const ITEM_LINE = /^\(?(\d{1,3})\)\s*/u;
const ANNEX = /^\(.*?(Phụ lục\s+[\p{L}\p{N}]+)/iu;
const APPLICABLE = /áp dụng(?:\s+(?:cho|từ|đối với))?\s+(?:năm\s+)?(\d{4})/iu;
const DECLARED_COUNT = /(\d{1,3})\s+chỉ\s+tiêu/iu;
// Words that open an item without naming anything ("Phấn đấu có …", typo "Phân đầu" included).
const FILLER = /^(?:phan dau|co gang)?(?:\s*(?:co|dat|de))?$/;

export interface IndicatorsResult {
  groups: IndicatorGroup[];
  indicators: Indicator[];
  annexes: AnnexReference[];
}

/** The heading of the indicators block: a "chỉ tiêu" heading, preferably inside the "MỤC TIÊU" section. */
function indicatorsHeading(doc: PlanText): Heading | null {
  const candidates = doc.outline.headings.filter((h) => h.level > 1 && titleHas(h, "chi tieu"));
  const rootOf = (h: Heading): Heading => (h.parent ? rootOf(h.parent) : h);
  return (
    candidates.find((h) => titleHas(rootOf(h), "muc tieu", "chi tieu")) ??
    candidates[0] ??
    doc.outline.headings.find((h) => h.level === 1 && titleHas(h, "chi tieu")) ??
    null
  );
}

/** Text of a span of the item, spaces collapsed. */
const spanText = (text: string, span: Span) => collapseSpaces(text.slice(span.start, span.end));

/**
 * A name for the indicator from the words before its target ("Tỷ lệ giải ngân vốn đầu tư công
 * đạt 100%"); when they are only "Phấn đấu", from what the target counts ("trên 97% gia đình …" →
 * "Tỷ lệ gia đình …", "có thêm 01 trường đạt chuẩn quốc gia" → "Trường đạt chuẩn quốc gia").
 */
function nameOf(segment: string, target: ParsedTarget): string {
  const before = trimPunctuation(collapseSpaces(segment.slice(0, target.start)));
  if (!FILLER.test(fold(before))) return capitalize(before);
  const after = trimPunctuation(collapseSpaces(segment.slice(target.end)));
  if (target.kind === "QUALITATIVE") return capitalize(trimPunctuation(target.text));
  const of = /(chỉ\s+tiêu|kế\s+hoạch)$/iu.exec(target.text)?.[1];
  if (of) return capitalize(collapseSpaces(`${of} ${after}`));
  if (target.measure === "PERCENT") return collapseSpaces(`Tỷ lệ ${after}`);
  const counted = target.unit ? target.text.slice(target.text.indexOf(target.unit)) : "";
  return capitalize(collapseSpaces(`${counted} ${after}`)) || capitalize(target.text);
}

/** The target of one clause; after a colon when the words there state it ("…: trên 20 cơ sở"). */
function clauseTarget(text: string, span: Span): { target: ParsedTarget; segmentStart: number; name: string } {
  const clause = text.slice(span.start, span.end);
  const colon = clause.search(/:\s/u);
  if (colon > 0) {
    const after = parseTargetPhrase(clause.slice(colon + 1));
    if (after) {
      const shift = span.start + colon + 1;
      return {
        target: { ...after, start: after.start + shift, end: after.end + shift },
        segmentStart: shift,
        name: capitalize(trimPunctuation(collapseSpaces(clause.slice(0, colon)))),
      };
    }
  }
  const target = parseTargetPhrase(clause) ?? achievedTarget(clause);
  return {
    target: { ...target, start: target.start + span.start, end: target.end + span.start },
    segmentStart: span.start,
    name: nameOf(clause, target),
  };
}

function located(target: ParsedTarget, paragraph: Paragraph, offset: number): LocatedTarget {
  return { ...target, evidence: evidenceOf(paragraph, target.start + offset, target.end + offset) };
}

/** Sub-targets listed in parentheses: "trong đó công nghiệp-xây dựng ≥ 12%, dịch vụ ≥ 10%". */
function listedSubTargets(inner: string): { span: Span; target: ParsedTarget }[] | null {
  const lead = /^\s*trong\s+đó\s*:?\s*/iu.exec(inner)?.[0] ?? "";
  const parts = splitTopLevel(inner, (i) =>
    inner[i] === ";" || (inner[i] === "," && inner[i + 1] === " ") ? { length: 1, keep: 0 } : null,
  ).map((span) => trimSpan(inner, { start: Math.max(span.start, lead.length), end: span.end }));
  const read = parts.map((span) => ({ span, target: parseTargetPhrase(inner.slice(span.start, span.end)) }));
  const withTargets = read.filter((r): r is { span: Span; target: ParsedTarget } => r.target?.kind === "QUANTITATIVE");
  const isList = withTargets.length > 0 && (lead !== "" || withTargets.length === read.length);
  return isList ? withTargets : null;
}

interface ItemParts {
  /** The item's text with parentheses blanked out (same offsets). */
  masked: string;
  notes: string[];
  applicableFromYear: number | null;
  listed: { offset: number; span: Span; target: ParsedTarget }[];
}

function itemParts(body: string): ItemParts {
  const pieces: string[] = [];
  let kept = 0;
  const notes: string[] = [];
  let applicableFromYear: number | null = null;
  const listed: ItemParts["listed"] = [];
  for (const paren of parentheses(body)) {
    const innerStart = paren.start + 1;
    const inner = body.slice(innerStart, body[paren.end - 1] === ")" ? paren.end - 1 : paren.end);
    pieces.push(body.slice(kept, paren.start), " ".repeat(paren.end - paren.start));
    kept = paren.end;
    const applicable = APPLICABLE.exec(inner);
    const subTargets = applicable ? null : listedSubTargets(inner);
    if (applicable) applicableFromYear = Number(applicable[1]);
    if (subTargets) {
      for (const { span, target } of subTargets) listed.push({ offset: innerStart + span.start, span, target });
    } else if (inner.trim() !== "") {
      notes.push(collapseSpaces(inner));
    }
  }
  pieces.push(body.slice(kept));
  return { masked: pieces.join(""), notes, applicableFromYear, listed };
}

/** Where an item's words start after its mark, and its number. */
export interface ItemMark {
  number: number;
  bodyStart: number;
}

/** One item with its targets; null when it has no words after its mark. */
export function parseItem(paragraph: Paragraph, group: IndicatorGroup | null, mark: ItemMark): Indicator | null {
  const { number, bodyStart } = mark;
  const body = paragraph.text.slice(bodyStart);
  if (trimPunctuation(body) === "") return null;
  const code = String(number);
  const { masked, notes, applicableFromYear, listed } = itemParts(body);
  const parts = clauses(masked).filter((span) => trimPunctuation(masked.slice(span.start, span.end)) !== "");
  if (parts.length === 0 && listed.length === 0) return null;
  const targets: LocatedTarget[] = [];
  const subIndicators: SubIndicator[] = [];
  let name = "";
  const subCode = () => `${code}.${subIndicators.length + 1}`;
  if (parts.length === 1 && parts[0]) {
    const read = clauseTarget(masked, parts[0]);
    targets.push(located(read.target, paragraph, bodyStart));
    name = read.name;
  } else {
    for (const span of parts) {
      const read = clauseTarget(masked, span);
      subIndicators.push({
        code: subCode(),
        name: read.name,
        sourceText: trimSeparators(spanText(masked, span)),
        targets: [located(read.target, paragraph, bodyStart)],
        evidence: evidenceOf(paragraph, bodyStart + span.start, bodyStart + span.end),
        confidence: read.target.confidence,
      });
    }
    name = subIndicators[0]?.name ?? "";
  }
  const main = targets[0];
  for (const { offset, span, target } of listed) {
    // "(trong đó … ≥ 12%)" under "tăng bình quân …": the sector figures are growth rates too.
    const inherits = main !== undefined && main.basis !== "LEVEL" && target.basis === "LEVEL";
    const shifted: ParsedTarget = {
      ...target,
      basis: inherits ? main.basis : target.basis,
      direction: inherits ? main.direction : target.direction,
      start: target.start + offset,
      end: target.end + offset,
    };
    const sourceText = collapseSpaces(body.slice(offset, offset + span.end - span.start));
    subIndicators.push({
      code: subCode(),
      name: capitalize(trimPunctuation(collapseSpaces(body.slice(offset, shifted.start)))) || sourceText,
      sourceText,
      targets: [located(shifted, paragraph, bodyStart)],
      evidence: evidenceOf(paragraph, bodyStart + offset, bodyStart + offset + span.end - span.start),
      confidence: target.confidence,
    });
  }
  const lowest = [...targets, ...subIndicators].reduce((min, x) => Math.min(min, x.confidence), 0.95);
  const confidence = lowest * (name === "" ? 0.6 : parts.length > 1 ? 0.9 : 1);
  return {
    number,
    code,
    group: group?.code ?? null,
    area: refineArea(group?.area ?? null, body),
    name,
    sourceText: paragraph.text,
    targets,
    subIndicators,
    applicableFromYear,
    note: notes.length > 0 ? notes.join("; ") : null,
    evidence: { fromLine: paragraph.fromLine, toLine: paragraph.toLine },
    confidence: Math.round(confidence * 100) / 100,
  };
}

/** Reads the indicators block; text inside it that is no group, item, lead-in or annex note is reported. */
export function parseIndicators(doc: PlanText): IndicatorsResult {
  const result: IndicatorsResult = { groups: [], indicators: [], annexes: [] };
  const heading = indicatorsHeading(doc);
  if (!heading) return result;
  claim(doc, { fromLine: heading.line, toLine: heading.titleEnd });
  let group: IndicatorGroup | null = null;
  let declared: { count: number; paragraph: Paragraph } | null = null;
  for (const paragraph of sectionParagraphs(doc, heading)) {
    const evidence = { fromLine: paragraph.fromLine, toLine: paragraph.toLine };
    const groupLine = GROUP_LINE.exec(paragraph.text);
    const annex = ANNEX.exec(paragraph.text);
    if (groupLine) {
      const title = groupLine[2] ?? "";
      group = { code: groupLine[1] ?? "", title, area: areaOf(title), evidence, confidence: 0.9 };
      result.groups.push(group);
    } else if (ITEM_LINE.test(paragraph.text)) {
      const marker = ITEM_LINE.exec(paragraph.text);
      const indicator =
        marker && parseItem(paragraph, group, { number: Number(marker[1]), bodyStart: marker[0].length });
      if (!indicator) {
        reportUnparsed(doc, paragraph, "Chỉ tiêu không có nội dung");
        continue;
      }
      result.indicators.push(indicator);
    } else if (annex?.[1]) {
      result.annexes.push({ name: annex[1], text: paragraph.text, evidence, confidence: 0.9 });
    } else if (result.indicators.length === 0 && /:\s*$/u.test(paragraph.text)) {
      const count = DECLARED_COUNT.exec(paragraph.text);
      if (count) declared = { count: Number(count[1]), paragraph };
    } else {
      reportUnparsed(doc, paragraph, "Đoạn văn trong mục chỉ tiêu không phải là một chỉ tiêu đánh số (1), (2)…");
      continue;
    }
    claim(doc, paragraph);
  }
  numberByGroupWhenRestarting(result.indicators);
  if (declared && declared.count !== result.indicators.length) {
    const { paragraph, count } = declared;
    doc.unparsed.push({
      fromLine: paragraph.fromLine,
      toLine: paragraph.toLine,
      text: paragraph.text,
      reason: `Văn bản nêu ${count} chỉ tiêu nhưng chỉ đọc được ${result.indicators.length}`,
    });
  }
  return result;
}

/** When numbering restarts in a group ("a) (1) (2) b) (1)"), codes carry the group: "a.1", "b.1". */
function numberByGroupWhenRestarting(indicators: Indicator[]): void {
  const restarts = indicators.some((indicator, i) => i > 0 && indicator.number <= (indicators[i - 1]?.number ?? 0));
  if (!restarts) return;
  for (const indicator of indicators) {
    const code = indicator.group ? `${indicator.group}.${indicator.number}` : indicator.code;
    for (const sub of indicator.subIndicators) sub.code = `${code}${sub.code.slice(indicator.code.length)}`;
    indicator.code = code;
  }
}
