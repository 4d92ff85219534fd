// The units a plan gives duties to, and their duties: the items of "TỔ CHỨC THỰC HIỆN" (or "PHÂN
// CÔNG NHIỆM VỤ", "TRÁCH NHIỆM …") — a numbered or lettered item naming a unit ("3. Văn phòng HĐND và
// UBND phường", "a) Sở Y tế:") with its duties below, or one sentence that does both ("2. Sở Tài chính
// chủ trì, phối hợp với … bố trí kinh phí", "1. Giao các đồng chí lãnh đạo … trực tiếp chỉ đạo …",
// "- Sở Tài chính: …"); a heading of the tasks sections that names a unit ("2.1. Sở Tài chính", "1.
// Sở Nông nghiệp và Môi trường" under "NHIỆM VỤ CỤ THỂ"); and, in a decision, an article that gives a
// unit the plan ("Điều 2. Giao Sở Công Thương chủ trì …"). A name listing several bodies ("Ủy ban Mặt
// trận Tổ quốc Việt Nam tỉnh, Hội Liên hiệp Phụ nữ tỉnh") gives one unit per body.
import {
  assignmentIn,
  isRequest,
  isUnitName,
  splitUnits,
  startsWithUnit,
  stripAssigning,
  unitSubject,
} from "./assignment.ts";
import { ARTICLE, allBlocks, type Block, isTitleLike, type PlanSection, readBlocks } from "./blocks.ts";
import { isTaskTitle, isUnitTitle, planParts } from "./planParts.ts";
import { claim, type PlanText, reportUnparsed, titleHas } from "./sections.ts";
import { capitalize, collapseSpaces, fold, trimPunctuation } from "./text.ts";
import type { TextItem, UnitDuties } from "./types.ts";

const UNREAD = "Không nhận ra đơn vị được giao nhiệm vụ";
// "Sở Tài chính: chủ trì …": a unit, a colon, its duty.
const NAMED_DUTY = /^([^:]{3,160}):\s*(\S.*)$/u;
// "… giao nhiệm vụ cụ thể như sau:": introduces the items, names no unit of its own.
const LEAD_IN = /(?:như sau|sau đây|cụ thể|các nhiệm vụ sau)\s*:\s*$/u;
// Where a unit is named: its place in the organisation section wins over a heading of the tasks, which
// wins over a decision's article.
const SOURCE_RANK = { organisation: 0, tasks: 1, article: 2 } as const;
const sources = new WeakMap<UnitDuties, number>();

const evidenceOf = (block: Block) => ({ fromLine: block.fromLine, toLine: block.end });

/** Each item under a unit, at any depth, is one of its duties (marks removed). */
function dutiesUnder(blocks: readonly Block[]): TextItem[] {
  return [...allBlocks(blocks)]
    .filter((block) => block.text !== "")
    .map((block) => ({
      text: block.text,
      evidence: { fromLine: block.fromLine, toLine: block.toLine },
      confidence: 0.9,
    }));
}

/** The unit(s) a name lists, each with the duties. */
function unitsNamed(
  code: string,
  name: string,
  requested: boolean,
  duties: TextItem[],
  block: Block,
  confidence: number,
): UnitDuties[] {
  return splitUnits(name).map((part) => ({
    code,
    name: part,
    requested,
    duties,
    evidence: evidenceOf(block),
    confidence,
  }));
}

/** A duty that starts with other bodies ("- Sở Xây dựng, Sở Tài chính tổ chức rà soát …") names them too. */
function unitsInDuties(code: string, blocks: readonly Block[]): UnitDuties[] {
  const units: UnitDuties[] = [];
  for (const block of allBlocks(blocks)) {
    if (!startsWithUnit(block.text)) continue;
    const name = unitSubject(block.text);
    if (!name || name.length === trimPunctuation(block.text).length) continue;
    const duty = { text: block.text, evidence: { fromLine: block.fromLine, toLine: block.toLine }, confidence: 0.7 };
    units.push(...unitsNamed(code, name, false, [duty], block, 0.6));
  }
  return units;
}

/** Whether an item reads as a unit of its own (its title names one, or its sentence gives one a duty). */
function namesUnit(block: Block): boolean {
  if (block.children.length > 0 && isTitleLike(block)) return startsWithUnit(stripAssigning(block.text));
  return unitSubject(block.text) !== null || NAMED_DUTY.test(block.text);
}

class UnitReader {
  readonly units: UnitDuties[] = [];

  constructor(private readonly doc: PlanText) {}

  private unread(block: Block): void {
    reportUnparsed(this.doc, { fromLine: block.fromLine, toLine: block.toLine, text: block.text, starts: [0] }, UNREAD);
  }

  /** One item of the organisation section; `code` is its place ("IV.3"). */
  readItem(block: Block, code: string): void {
    const text = block.text;
    const titled = block.children.length > 0 && (isTitleLike(block) || /:\s*$/u.test(text));
    if (titled && !startsWithUnit(stripAssigning(text)) && block.children.some(namesUnit)) {
      // "1. Trách nhiệm của các sở, ngành" / "a) Sở Y tế: …": the units are the items below.
      claim(this.doc, { fromLine: block.fromLine, toLine: block.toLine });
      block.children.forEach((child, i) => {
        this.readItem(child, `${code}.${labelOf(child, i)}`);
      });
      return;
    }
    if (titled) {
      const short = text.length <= 120 && !/[.;]\s*$/u.test(text);
      const name = unitSubject(text, short) ?? (startsWithUnit(stripAssigning(text)) ? stripAssigning(text) : null);
      if (name) {
        claim(this.doc, { fromLine: block.fromLine, toLine: block.end });
        const duties = dutiesUnder(block.children);
        this.add("organisation", unitsNamed(code, name, isRequest(text), duties, block, 0.9));
        this.add("organisation", unitsInDuties(code, block.children));
        return;
      }
    }
    if (block.kind === "text" && /:\s*$/u.test(text) && (!startsWithUnit(text) || LEAD_IN.test(text))) {
      // A lead-in ("Ủy ban nhân dân tỉnh giao nhiệm vụ cụ thể như sau:") introduces the items.
      claim(this.doc, { fromLine: block.fromLine, toLine: block.toLine });
      block.children.forEach((child, i) => {
        this.readItem(child, `${code}.${labelOf(child, i)}`);
      });
      return;
    }
    const named = NAMED_DUTY.exec(text);
    const colonName = named?.[1] && startsWithUnit(stripAssigning(named[1])) ? stripAssigning(named[1]) : null;
    const name = colonName ?? unitSubject(text);
    if (!name) {
      this.unread(block);
      return;
    }
    claim(this.doc, { fromLine: block.fromLine, toLine: block.end });
    const own = { text, evidence: { fromLine: block.fromLine, toLine: block.toLine }, confidence: 0.7 };
    const duties = [own, ...dutiesUnder(block.children)];
    this.add("organisation", unitsNamed(code, name, isRequest(text), duties, block, 0.6));
    this.add("organisation", unitsInDuties(code, block.children));
  }

  private add(source: keyof typeof SOURCE_RANK, units: UnitDuties[]): void {
    for (const unit of units) sources.set(unit, SOURCE_RANK[source]);
    this.units.push(...units);
  }

  /** The headings of the tasks sections that name a unit ("2.1. Sở Tài chính"): units with their duties. */
  readTaskSection(blocks: readonly Block[], path: string): void {
    for (const block of blocks) {
      if (block.kind === "text" || block.kind === "dash" || block.kind === "plus") continue;
      const code = placeOf(path, block);
      if (block.children.length > 0 && isTitleLike(block) && isUnitName(block.text)) {
        const duties = dutiesUnder(block.children);
        this.add("tasks", unitsNamed(code, stripAssigning(block.text), isRequest(block.text), duties, block, 0.85));
        this.add("tasks", unitsInDuties(code, block.children));
      } else {
        this.readTaskSection(block.children, code);
      }
    }
  }

  /** A decision's article that gives a unit the plan ("Điều 2. Giao Sở Công Thương chủ trì …"). */
  readArticle(block: Block): void {
    const article = ARTICLE.exec(block.text);
    if (!article || /thi hành/u.test(block.text)) return;
    const rest = block.text.slice(article[0].length);
    const lead = assignmentIn(rest).lead ?? (/^(?:Giao|Đề nghị)\s/u.test(rest) ? unitSubject(rest) : null);
    if (!lead) return;
    claim(this.doc, { fromLine: block.fromLine, toLine: block.toLine });
    const duty = { text: block.text, evidence: { fromLine: block.fromLine, toLine: block.toLine }, confidence: 0.7 };
    const code = collapseSpaces(article[0]).replace(/[.:]\s*$/u, "");
    this.add("article", unitsNamed(code, lead, isRequest(rest), [duty], block, 0.6));
  }
}

/** An item's place under `path`: "III.2" and "2.1" make "III.2.1" (a decimal number replaces its parent's). */
function placeOf(path: string, block: Block): string {
  const parts = path.split(".");
  if (block.kind === "decimal" || block.kind === "decimal3") {
    while (parts.length > 1 && block.label.startsWith(`${parts.at(-1)}.`)) parts.pop();
  }
  return [...parts, block.label].join(".");
}

function labelOf(block: Block, index: number): string {
  return block.kind === "text" || block.kind === "dash" || block.kind === "plus" ? String(index + 1) : block.label;
}

/**
 * Units named twice (in the tasks and in the organisation, in an article and in the plan) are one,
 * with the duties of both, where the organisation section names it.
 */
function merged(units: UnitDuties[]): UnitDuties[] {
  const key = (unit: UnitDuties) => fold(unit.name).replace(/\s+/g, " ").replace(/^cac /, "");
  const rank = (unit: UnitDuties) => sources.get(unit) ?? SOURCE_RANK.organisation;
  const primary = new Map<string, UnitDuties>();
  for (const unit of units) {
    const first = primary.get(key(unit));
    if (!first || rank(unit) < rank(first)) primary.set(key(unit), unit);
  }
  const result = new Map<UnitDuties, UnitDuties>();
  for (const unit of [...primary.values()].sort((a, b) => a.evidence.fromLine - b.evidence.fromLine)) {
    result.set(unit, { ...unit, duties: [...unit.duties] });
  }
  for (const unit of units) {
    const main = primary.get(key(unit));
    const copy = main ? result.get(main) : undefined;
    if (!copy || unit === main) continue;
    for (const duty of unit.duties) if (!copy.duties.includes(duty)) copy.duties.push(duty);
  }
  return [...result.values()];
}

/** The section of a plan read without its outline's help: "IV. TỔ CHỨC THỰC HIỆN" as the outline has it. */
function outlineSection(doc: PlanText): PlanSection[] {
  const heading = doc.outline.headings.find((h) => h.level === 1 && titleHas(h, "to chuc thuc hien"));
  return heading
    ? [{ label: heading.label, title: heading.title, line: heading.line, titleEnd: heading.line, end: heading.end }]
    : [];
}

/**
 * Reads the units of the plan and their duties, in the order the plan names them; `rawText`, the text
 * as given, tells emphasised headings apart.
 */
export function parseUnits(doc: PlanText, rawText?: string): UnitDuties[] {
  const reader = new UnitReader(doc);
  const { reading, sections } = planParts(doc, rawText);
  let unitSections = sections.filter((s) => isUnitTitle(s.title));
  if (unitSections.length === 0 && sections.length === 0) unitSections = outlineSection(doc);
  for (const section of unitSections) {
    claim(doc, { fromLine: section.line, toLine: section.titleEnd });
    const blocks = readBlocks(reading, section.titleEnd + 1, section.end);
    blocks.forEach((block, i) => {
      reader.readItem(block, `${section.label}.${labelOf(block, i)}`);
    });
  }
  for (const section of sections.filter((s) => isTaskTitle(s.title) && !isUnitTitle(s.title))) {
    reader.readTaskSection(readBlocks(reading, section.titleEnd + 1, section.end), section.label);
  }
  // A decision's articles, before the plan it issues.
  const bodyStart = sections[0]?.line ?? doc.outline.closingStart;
  for (const block of readBlocks(reading, 1, bodyStart - 1)) {
    if (block.kind === "text" && ARTICLE.test(block.text)) reader.readArticle(block);
  }
  return merged(reader.units).map((unit) => ({ ...unit, name: capitalize(unit.name) }));
}
