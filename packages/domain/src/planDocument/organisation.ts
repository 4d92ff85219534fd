// Organisation of the implementation (section "TỔ CHỨC THỰC HIỆN"): each numbered item names a unit
// ("3. Văn phòng HĐND và UBND phường") and its duties (the bullets below), or is one sentence that
// does both ("1. Giao các đồng chí lãnh đạo … trực tiếp lãnh đạo, chỉ đạo …").
import {
  childHeadings,
  claim,
  type Heading,
  type PlanText,
  reportUnparsed,
  sectionParagraphs,
  titleHas,
} from "./sections.ts";
import { capitalize, type Paragraph, paragraphs, trimPunctuation } from "./text.ts";
import type { TextItem, UnitDuties } from "./types.ts";

const MARK = /^(?:[-+]|[a-zđ]\))\s+/u;
const ASSIGNING = /^(?:Giao|Đề nghị|Yêu cầu)\s+/u;
const REQUEST = /^Đề nghị\s/u;
// "Giao <unit> <duty verb> …": the unit is what comes before the first duty verb.
const SENTENCE_UNIT =
  /^(?:Giao|Đề nghị|Yêu cầu)\s+(?:các đồng chí\s+)?(.{3,120}?)\s+(?:theo|chủ trì|phối hợp|trực tiếp|có trách nhiệm|căn cứ|tổ chức|thực hiện|tham mưu|chỉ đạo)\s/u;

function organisationHeading(doc: PlanText): Heading | null {
  return doc.outline.headings.find((h) => h.level === 1 && titleHas(h, "to chuc thuc hien")) ?? null;
}

function duty(doc: PlanText, paragraph: Paragraph): TextItem {
  claim(doc, paragraph);
  return {
    text: paragraph.text.replace(MARK, ""),
    evidence: { fromLine: paragraph.fromLine, toLine: paragraph.toLine },
    confidence: 0.9,
  };
}

/** One sentence that names the unit and gives its duty; null when no unit can be told apart. */
function sentenceUnit(code: string, paragraph: Paragraph): UnitDuties | null {
  const unit = SENTENCE_UNIT.exec(paragraph.text)?.[1];
  if (!unit) return null;
  const evidence = { fromLine: paragraph.fromLine, toLine: paragraph.toLine };
  return {
    code,
    name: capitalize(unit),
    requested: REQUEST.test(paragraph.text),
    duties: [{ text: paragraph.text, evidence, confidence: 0.7 }],
    evidence,
    confidence: 0.6,
  };
}

/** Reads the units of section IV and their duties, in order. */
export function parseUnits(doc: PlanText): UnitDuties[] {
  const section = organisationHeading(doc);
  if (!section) return [];
  claim(doc, { fromLine: section.line, toLine: section.line });
  const units: UnitDuties[] = [];
  const items = childHeadings(doc.outline, section);
  if (items.length === 0) {
    // No numbered items: each paragraph is a sentence assigning a unit.
    sectionParagraphs(doc, section).forEach((paragraph, i) => {
      const unit = sentenceUnit(`${section.label}.${i + 1}`, paragraph);
      if (unit) {
        units.push(unit);
        claim(doc, paragraph);
      } else {
        reportUnparsed(doc, paragraph, "Không nhận ra đơn vị được giao nhiệm vụ");
      }
    });
    return units;
  }
  for (const item of items) {
    const code = `${section.label}.${item.label}`;
    // The item's first paragraph is its heading, wrapped lines included.
    const [head, ...rest] = paragraphs(doc.lines, item.line, item.end);
    if (!head) continue;
    const title = head.text.replace(/^\d{1,2}\.\s+/u, "");
    const duties = rest.map((p) => duty(doc, p));
    if (duties.length > 0) {
      claim(doc, head);
      units.push({
        code,
        name: trimPunctuation(title.replace(ASSIGNING, "")),
        requested: REQUEST.test(title),
        duties,
        evidence: { fromLine: item.line, toLine: item.end },
        confidence: 0.9,
      });
      continue;
    }
    const unit = sentenceUnit(code, { ...head, text: title });
    if (unit) {
      claim(doc, head);
      units.push(unit);
    } else {
      reportUnparsed(doc, head, "Không nhận ra đơn vị được giao nhiệm vụ");
    }
  }
  return units;
}
