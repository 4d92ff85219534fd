// Purposes and requirements (section I: "1. Mục đích", "2. Yêu cầu", items a), b)…), the year's
// theme ("Chủ đề năm 2026": the quoted words) and the general objective ("Mục tiêu tổng quát").
import { claim, type Heading, type PlanText, sectionParagraphs, titleHas } from "./sections.ts";
import { evidenceOf, fold } from "./text.ts";
import type { TextItem } from "./types.ts";

const ITEM_MARK = /^(?:[a-zđ]\)|[-+])\s+/u;
const QUOTED = /[“"]([^”"]{2,300})[”"]/u;

export interface Goals {
  purposes: TextItem[];
  requirements: TextItem[];
  theme: TextItem | null;
  objective: TextItem | null;
}

/** The first heading below level 1 whose title starts with one of the folded words. */
function headingTitled(doc: PlanText, ...starts: string[]): Heading | null {
  return (
    doc.outline.headings.find((h) => h.level > 1 && starts.some((start) => fold(h.title).startsWith(start))) ?? null
  );
}

function claimHeading(doc: PlanText, heading: Heading): void {
  claim(doc, { fromLine: heading.line, toLine: heading.titleEnd });
}

/** The a), b) or "-" items of a section, without their marks. */
function items(doc: PlanText, heading: Heading | null): TextItem[] {
  if (!heading) return [];
  claimHeading(doc, heading);
  return sectionParagraphs(doc, heading).map((p) => {
    claim(doc, p);
    const marked = ITEM_MARK.test(p.text);
    return {
      text: p.text.replace(ITEM_MARK, ""),
      evidence: { fromLine: p.fromLine, toLine: p.toLine },
      confidence: marked ? 0.9 : 0.7,
    };
  });
}

function theme(doc: PlanText): TextItem | null {
  const heading = doc.outline.headings.find((h) => h.level > 1 && titleHas(h, "chu de"));
  if (!heading) return null;
  claimHeading(doc, heading);
  const inTitle = QUOTED.exec(heading.title);
  if (inTitle?.[1]) {
    return { text: inTitle[1].trim(), evidence: { fromLine: heading.line, toLine: heading.line }, confidence: 0.9 };
  }
  const found = sectionParagraphs(doc, heading);
  for (const p of found) claim(doc, p);
  for (const p of found) {
    const quoted = QUOTED.exec(p.text);
    if (quoted?.[1]) {
      const start = quoted.index + 1;
      return { text: quoted[1].trim(), evidence: evidenceOf(p, start, start + quoted[1].length), confidence: 0.9 };
    }
  }
  const first = found[0];
  return first
    ? { text: first.text, evidence: { fromLine: first.fromLine, toLine: first.toLine }, confidence: 0.6 }
    : null;
}

function objective(doc: PlanText): TextItem | null {
  const heading = headingTitled(doc, "muc tieu tong quat", "muc tieu chung");
  if (!heading) return null;
  claimHeading(doc, heading);
  const found = sectionParagraphs(doc, heading);
  const first = found[0];
  const last = found.at(-1);
  if (!first || !last) return null;
  for (const p of found) claim(doc, p);
  return {
    text: found.map((p) => p.text).join("\n"),
    evidence: { fromLine: first.fromLine, toLine: last.toLine },
    confidence: 0.9,
  };
}

export function parseGoals(doc: PlanText): Goals {
  return {
    purposes: items(doc, headingTitled(doc, "muc dich")),
    requirements: items(doc, headingTitled(doc, "yeu cau")),
    theme: theme(doc),
    objective: objective(doc),
  };
}
